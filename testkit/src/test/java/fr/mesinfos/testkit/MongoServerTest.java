package fr.mesinfos.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/** The MongoDB server speaks the real wire protocol: a document written through the official driver is read back. */
class MongoServerTest {

    @Test
    void documentWrittenIsReadBackThroughTheDriver() {
        String uri = SharedInfrastructure.mongo().get("quarkus.mongodb.connection-string");
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                "MongoDB used by this run: " + SharedInfrastructure.mongo().get("mesinfos.mongodb.description"));
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> events = client.getDatabase("testkit").getCollection("events");
            events.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
            events.insertOne(new Document("eventId", "e-1").append("personId", "p-1").append("value", 260));

            Document read = events.find(new Document("eventId", "e-1")).first();
            assertNotNull(read);
            assertEquals("p-1", read.getString("personId"));
            assertEquals(260, read.getInteger("value"));
            // a unique index is enforced by the server, as the vault's idempotence relies on it
            assertThrows(MongoWriteException.class, () -> events.insertOne(new Document("eventId", "e-1")));
        }
    }
}
