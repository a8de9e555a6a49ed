package fr.mesinfos.vault.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;

import fr.mesinfos.vault.summary.VaultRecords;

/** Writes a poll's records in one unordered bulk insert; a record already stored (same event id) is not an error. */
@ApplicationScoped
public class RecordWriter {
    private static final int DUPLICATE_KEY = 11000;

    /** What a write did: records newly stored and records that were already there. */
    public record Written(int stored, int duplicates) {
    }

    @Inject
    VaultRecords records;

    /** Removes stored records by event id (events an erasure caught after they were written). */
    public void delete(java.util.Collection<String> eventIds) {
        records.collection().deleteMany(com.mongodb.client.model.Filters.in("_id", eventIds)).await().indefinitely();
    }

    /** Blocks until MongoDB acknowledged the write; throws if anything but a duplicate failed. */
    public Written write(List<Document> documents) {
        if (documents.isEmpty()) {
            return new Written(0, 0);
        }
        try {
            records.collection().insertMany(documents, new InsertManyOptions().ordered(false)).await().indefinitely();
            return new Written(documents.size(), 0);
        } catch (MongoBulkWriteException e) {
            List<BulkWriteError> errors = e.getWriteErrors();
            if (errors.stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                return new Written(documents.size() - errors.size(), errors.size());
            }
            throw e;
        }
    }
}
