package fr.mesinfos.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.ServiceProcess;
import fr.mesinfos.testkit.SharedInfrastructure;
import fr.mesinfos.testkit.Workspace;
import fr.mesinfos.vault.summary.VaultRecords;
import io.cloudevents.CloudEvent;

/**
 * The packaged vault killed with SIGKILL in the middle of a stream, then started again, ends with exactly the events
 * sent: none missing (offsets are committed only after the write), none doubled (the event id is the key).
 */
class KillAndRestartIT {
    private static final int PERSONS = 20;
    private static final int POINTS_PER_PERSON = 1000;
    private static final int TOTAL = PERSONS * POINTS_PER_PERSON;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void killedMidStreamAndRestartedItStoresExactlyTheEventsSent() throws Exception {
        Map<String, String> config = new LinkedHashMap<>();
        config.putAll(SharedInfrastructure.kafka());
        config.putAll(SharedInfrastructure.keycloak());
        config.putAll(SharedInfrastructure.mongo());
        String database = "vault_restart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        config.put("quarkus.mongodb.database", database);
        // a group of the test's own, named within the vault's account (its ACL covers groups prefixed vault-service)
        config.put("mesinfos.vault.consumer-group", "vault-service-" + database.replace('_', '-'));
        config.keySet().removeIf(key -> key.startsWith("mesinfos.") && !key.startsWith("mesinfos.vault."));
        Path root = Workspace.root();
        Path logs = root.resolve("vault-service/target/kill-and-restart");
        int port = Loopback.freePort();

        try (MongoClient mongo = MongoClients.create(config.get("quarkus.mongodb.connection-string"))) {
            MongoCollection<Document> records = mongo.getDatabase(database).getCollection(VaultRecords.COLLECTION);
            Set<String> sent = new HashSet<>();
            AtomicReference<Throwable> producerFailure = new AtomicReference<>();
            ServiceProcess first = ServiceProcess.start(root, "vault-service", port, config, logs.resolve("first.log"))
                    .awaitReady(Duration.ofSeconds(60));
            Thread producer = new Thread(() -> produce(sent, producerFailure), "restart-it-producer");
            producer.start();
            long atKill = awaitCount(records, TOTAL / 5);
            first.kill();
            long afterKill = records.countDocuments();
            assertTrue(afterKill < TOTAL, "killed in the middle of the stream (" + afterKill + " of " + TOTAL + " stored)");

            try (ServiceProcess second = ServiceProcess.start(root, "vault-service", port, config, logs.resolve("second.log"))
                    .awaitReady(Duration.ofSeconds(60))) {
                producer.join(PATIENCE.toMillis());
                assertEquals(null, producerFailure.get(), "every event acknowledged by Kafka");
                assertEquals(TOTAL, sent.size());
                awaitCount(records, TOTAL);
                Thread.sleep(2000); // anything redelivered after the restart has had time to arrive
                Set<String> stored = new HashSet<>();
                for (Document document : records.find().projection(Projections.include("_id"))) {
                    stored.add(document.getString("_id"));
                }
                assertEquals(TOTAL, records.countDocuments(), "none doubled");
                assertEquals(sent, stored, "none missing, nothing else");
                assertEquals(PERSONS, records.distinct(VaultRecords.PERSON, String.class).into(new HashSet<>()).size());
                assertTrue(atKill >= TOTAL / 5);
                assertEquals(0, records.countDocuments(Filters.exists(VaultRecords.PAYLOAD, false)), "every record sealed");
            }
        }
    }

    /**
     * Publishes the events in small batches, a little at a time, so that the vault is killed while they still arrive;
     * as EDF's connector does, with its account.
     */
    private static void produce(Set<String> sent, AtomicReference<Throwable> failure) {
        Map<String, Object> config = PartnerTraffic.connectorOf(Category.EDF_LOAD_CURVE.topic());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config)) {
            for (int point = 0; point < POINTS_PER_PERSON; point += 50) {
                for (int person = 0; person < PERSONS; person++) {
                    String personId = "restart-" + person;
                    String prm = String.format("%014d", 10_000_000L + person);
                    for (var payload : VaultFixtures.halfHours(prm, start.plus(Duration.ofMinutes(30L * point)), 50, 500 + person)) {
                        ProducerRecord<String, CloudEvent> record = EventCodec.encode(personId, payload);
                        producer.send(record);
                        synchronized (sent) {
                            sent.add(record.value().getId());
                        }
                    }
                }
                producer.flush();
                Thread.sleep(40);
            }
        } catch (Throwable e) {
            failure.set(e);
        }
    }

    private static long awaitCount(MongoCollection<Document> records, long wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        long count = records.countDocuments();
        while (count < wanted && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            count = records.countDocuments();
        }
        assertTrue(count >= wanted, "only " + count + " of " + wanted + " stored within " + PATIENCE);
        return count;
    }
}
