package fr.mesinfos.vault.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.vault.crypto.PayloadCipher;
import fr.mesinfos.vault.summary.VaultRecords;

/**
 * Reads one person's records of one category in a time range, in time order, and opens each payload with that
 * person's key. Every query starts with the person id (the shard key): nothing else can ever be returned. Blocking:
 * call it from a worker thread.
 */
@ApplicationScoped
public class RecordReader {
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final int BATCH = 1000;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Inject
    PayloadCipher cipher;

    /** Up to {@code limit} records after {@code after} (exclusive), or from the start of the range when empty. */
    public List<OpenedRecord> page(String personId, Category category, TimeRange range, Order order, Optional<Position> after, int limit) {
        List<OpenedRecord> page = new ArrayList<>(limit);
        scan(personId, category, range, order, after, limit, page::add);
        return page;
    }

    /** Every record of the range, streamed from MongoDB in batches: memory stays flat whatever the range holds. */
    public long forEach(String personId, Category category, TimeRange range, Order order, Consumer<OpenedRecord> action) {
        return scan(personId, category, range, order, Optional.empty(), 0, action);
    }

    private long scan(String personId, Category category, TimeRange range, Order order, Optional<Position> after, int limit,
            Consumer<OpenedRecord> action) {
        List<Bson> conditions = new ArrayList<>(List.of(
                Filters.eq(VaultRecords.PERSON, personId),
                Filters.eq(VaultRecords.CATEGORY, category.id()),
                Filters.gte(VaultRecords.TIME, Date.from(range.from())),
                Filters.lt(VaultRecords.TIME, Date.from(range.to()))));
        after.ifPresent(position -> conditions.add(beyond(position, order)));
        Bson sort = order == Order.NEWEST ? Sorts.descending(VaultRecords.TIME, "_id") : Sorts.ascending(VaultRecords.TIME, "_id");
        var find = records().find(Filters.and(conditions)).sort(sort).batchSize(limit > 0 ? Math.min(limit, BATCH) : BATCH);
        if (limit > 0) {
            find = find.limit(limit);
        }
        long count = 0;
        try (MongoCursor<Document> cursor = find.iterator()) {
            while (cursor.hasNext()) {
                Optional<OpenedRecord> opened = open(cursor.next());
                if (opened.isPresent()) {
                    action.accept(opened.get());
                    count++;
                }
            }
        }
        return count;
    }

    /** Strictly after the position in the listing order: later (or earlier) time, or same time and a greater (smaller) id. */
    private static Bson beyond(Position position, Order order) {
        Date time = Date.from(position.time());
        return order == Order.NEWEST
                ? Filters.or(Filters.lt(VaultRecords.TIME, time), Filters.and(Filters.eq(VaultRecords.TIME, time), Filters.lt("_id", position.eventId())))
                : Filters.or(Filters.gt(VaultRecords.TIME, time), Filters.and(Filters.eq(VaultRecords.TIME, time), Filters.gt("_id", position.eventId())));
    }

    /** The record with its payload opened; empty if the person's key is gone (an erasure racing this read). */
    private Optional<OpenedRecord> open(Document document) {
        String eventId = document.getString("_id");
        String personId = document.getString(VaultRecords.PERSON);
        Category category = CategoryCatalog.byId(document.getString(VaultRecords.CATEGORY)).orElseThrow();
        return cipher.open(personId, category, eventId, document.get(VaultRecords.PAYLOAD, Binary.class).getData()).map(bytes -> {
            try {
                return new OpenedRecord(eventId, document.getString(VaultRecords.CATEGORY), document.getString(VaultRecords.SOURCE),
                        document.getDate(VaultRecords.TIME).toInstant(), JSON.readTree(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("a stored payload is not JSON", e);
            }
        });
    }

    public MongoCollection<Document> records() {
        return mongo.getDatabase(database).getCollection(VaultRecords.COLLECTION);
    }
}
