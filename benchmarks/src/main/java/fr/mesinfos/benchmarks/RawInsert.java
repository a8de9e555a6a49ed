package fr.mesinfos.benchmarks;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.bson.types.Binary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventJson;

/**
 * The persistence baseline: the documents the vault would store for the same facts (same ids, person, category,
 * source, time, a payload of the sealed size, storedAt), written by the MongoDB driver alone, unordered batches of
 * 1,000 one after another, as the vault's single consumer thread writes its polls.
 */
final class RawInsert {
    static final int BATCH = 1_000;
    /** AES-GCM adds a 12-byte nonce and a 16-byte tag to the payload's JSON. */
    private static final int SEAL_OVERHEAD = 12 + 16;
    private static final Category CATEGORY = Category.EDF_LOAD_CURVE;

    private RawInsert() {
    }

    /**
     * Creates the vault's index on a fresh collection, writes the warm-up documents untimed, then times the measured
     * ones (built before the clock starts).
     */
    static Throughput.Result run(String name, MongoCollection<Document> collection, List<LoadCurves.Fact> warmup,
            List<LoadCurves.Fact> measured) throws Exception {
        collection.createIndex(Indexes.ascending("personId", "category", "time", "_id"));
        for (List<Document> batch : batches(warmup)) {
            insert(collection, batch);
        }
        List<List<Document>> batches = batches(measured);
        return Throughput.measure(name, batches.size(), BATCH, 1, n -> insert(collection, batches.get(n)));
    }

    private static void insert(MongoCollection<Document> collection, List<Document> batch) {
        collection.insertMany(batch, new InsertManyOptions().ordered(false));
    }

    private static List<List<Document>> batches(List<LoadCurves.Fact> facts) {
        if (facts.size() % BATCH != 0) {
            throw new IllegalArgumentException("a whole number of batches of " + BATCH + " is expected, not " + facts.size());
        }
        Date storedAt = new Date();
        List<List<Document>> batches = new ArrayList<>();
        for (int from = 0; from < facts.size(); from += BATCH) {
            List<Document> batch = new ArrayList<>(BATCH);
            for (LoadCurves.Fact fact : facts.subList(from, from + BATCH)) {
                batch.add(document(fact, storedAt));
            }
            batches.add(batch);
        }
        return batches;
    }

    private static Document document(LoadCurves.Fact fact, Date storedAt) {
        byte[] sealed = new byte[EventJson.toBytes(fact.point()).length + SEAL_OVERHEAD];
        ThreadLocalRandom.current().nextBytes(sealed); // ciphertext looks random; its length is what matters
        return new Document("_id", CATEGORY.eventId(fact.point()).toString())
                .append("personId", fact.personId())
                .append("category", CATEGORY.id())
                .append("source", CATEGORY.source().id())
                .append("time", Date.from(fact.point().start()))
                .append("payload", new Binary(sealed))
                .append("storedAt", storedAt);
    }
}
