package fr.mesinfos.vault;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.vault.crypto.PayloadCipher;
import fr.mesinfos.vault.crypto.PersonKeys;
import fr.mesinfos.vault.store.DeadLetters;
import fr.mesinfos.vault.summary.VaultRecords;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Partner events reach the vault through the real broker: each stored once by event id, visible to its person; what
 * cannot be stored lands on the dead-letter topic with its reason and original bytes, and the stream goes on.
 */
@QuarkusTest
class PartnerEventStreamTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    VaultRecords records;

    @Inject
    PayloadCipher cipher;

    @Inject
    PersonKeys keys;

    /** A fix for Camille at a unique instant, so each test's events are its own. */
    private static GeolocationFix fix(Instant at) {
        return new GeolocationFix("33699887766", at, 45.7578, 4.8320, 339);
    }

    /** Sent by the partner's connector, as in production. */
    private static void send(List<ProducerRecord<String, CloudEvent>> events) throws Exception {
        PartnerTraffic.send(events);
    }

    private Document awaitStored(String eventId) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Document found = records.collection().find(Filters.eq("_id", eventId)).collect().first().await().indefinitely();
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("event " + eventId + " not stored within " + PATIENCE);
    }

    private long stored(String eventId) {
        return records.collection().countDocuments(Filters.eq("_id", eventId)).await().indefinitely();
    }

    @Test
    void eachEventIsStoredOnceAndShownToItsPerson() throws Exception {
        Instant at = Instant.parse("2016-09-01T08:00:45Z").plusSeconds(UUID.randomUUID().getMostSignificantBits() & 0xFFFFFF);
        // the same fact sent three times (three records, one event id), then a marker after them
        var first = EventCodec.encode(TestUsers.CAMILLE.id(), fix(at));
        var marker = EventCodec.encode(TestUsers.CAMILLE.id(), fix(at.plusSeconds(1800)));
        send(List.of(first, EventCodec.encode(TestUsers.CAMILLE.id(), fix(at)), EventCodec.encode(TestUsers.CAMILLE.id(), fix(at)), marker));

        awaitStored(marker.value().getId());
        Document document = awaitStored(first.value().getId());
        assertEquals(1, stored(first.value().getId()), "a redelivered event is stored once");
        assertEquals(TestUsers.CAMILLE.id(), document.getString(VaultRecords.PERSON));
        assertEquals("orange.geolocation", document.getString(VaultRecords.CATEGORY));
        assertEquals(at, document.getDate(VaultRecords.TIME).toInstant());
        // at rest the payload is sealed: neither the line nor the position appear in the stored bytes
        byte[] sealed = document.get("payload", org.bson.types.Binary.class).getData();
        String raw = new String(sealed, StandardCharsets.ISO_8859_1);
        assertTrue(!raw.contains("33699887766") && !raw.contains("45.7578"), "payload stored in clear");
        String opened = new String(cipher.open(TestUsers.CAMILLE.id(), Category.ORANGE_GEOLOCATION, first.value().getId(), sealed).orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(opened.contains("\"latitude\":45.7578") && opened.contains("33699887766"), opened);

        given().auth().oauth2(Tokens.user(TestUsers.CAMILLE)).when().get("/api/v1/me/summary")
                .then().statusCode(200).body("find { it.category == 'orange.geolocation' }.source", equalTo("orange"));
    }

    @Test
    void whatCannotBeStoredGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        byte[] poison = "{not a cloud event".getBytes(StandardCharsets.UTF_8);
        PartnerTraffic.sendRaw(Category.EDF_LOAD_CURVE.topic(), poisonKey.getBytes(StandardCharsets.UTF_8), poison);
        // a valid event on another category's topic (a faulty MAIF connector) is refused too: a topic holds its category only
        Instant at = Instant.parse("2017-01-01T00:00:00Z").plusSeconds(UUID.randomUUID().getMostSignificantBits() & 0xFFFFFF);
        var misplaced = EventCodec.encode(TestUsers.CAMILLE.id(), fix(at));
        send(List.of(new ProducerRecord<>(Category.MAIF_CLAIMS.topic(), misplaced.key(), misplaced.value())));
        var after = EventCodec.encode(TestUsers.CAMILLE.id(), fix(at.plusSeconds(60)));
        send(List.of(after));

        awaitStored(after.value().getId());
        assertEquals(0, stored(misplaced.value().getId()));

        // the operator looks at the dead letters (the vault's own account may only write them)
        Map<String, Object> config = TestKafka.operator();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        ConsumerRecord<byte[], byte[]> poisoned = null;
        boolean misplacedSeen = false;
        try (KafkaConsumer<byte[], byte[]> dlq = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            dlq.subscribe(List.of(Topics.VAULT_DEAD_LETTER));
            Instant deadline = Instant.now().plus(PATIENCE);
            while ((poisoned == null || !misplacedSeen) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : dlq.poll(Duration.ofMillis(300))) {
                    if (record.key() != null && poisonKey.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        poisoned = record;
                    }
                    var id = record.headers().lastHeader("ce_id");
                    if (id != null && new String(id.value(), StandardCharsets.UTF_8).equals(misplaced.value().getId())) {
                        misplacedSeen = true;
                        String reason = new String(record.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
                        assertTrue(reason.contains("on topic " + Category.MAIF_CLAIMS.topic()), reason);
                    }
                }
            }
        }
        assertNotNull(poisoned, "the poison record is on the dead-letter topic");
        assertArrayEquals(poison, poisoned.value(), "with its original bytes");
        assertNotNull(poisoned.headers().lastHeader(DeadLetters.REASON));
        String origin = new String(poisoned.headers().lastHeader(DeadLetters.ORIGIN).value(), StandardCharsets.UTF_8);
        assertTrue(origin.startsWith(Category.EDF_LOAD_CURVE.topic() + "/"), origin);
        assertTrue(misplacedSeen, "the misplaced event is on the dead-letter topic");

        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("mesinfos_vault_dead_letters_total"));
    }

    @Test
    void erasingThePersonsKeyMakesTheirStoredPayloadsUnreadable() throws Exception {
        Instant at = Instant.parse("2018-01-01T00:00:00Z").plusSeconds(UUID.randomUUID().getMostSignificantBits() & 0xFFFFFF);
        var event = EventCodec.encode(TestUsers.GERARD.id(), fix(at));
        send(List.of(event));
        byte[] sealed = awaitStored(event.value().getId()).get("payload", org.bson.types.Binary.class).getData();
        assertTrue(cipher.open(TestUsers.GERARD.id(), Category.ORANGE_GEOLOCATION, event.value().getId(), sealed).isPresent());

        keys.eraseAll(TestUsers.GERARD.id());
        assertTrue(cipher.open(TestUsers.GERARD.id(), Category.ORANGE_GEOLOCATION, event.value().getId(), sealed).isEmpty(),
                "without the person's key, the stored bytes (and any backup of them) stay sealed");
        assertTrue(keys.existingKeyOf(TestUsers.GERARD.id(), Category.ORANGE_GEOLOCATION).isEmpty(), "the wrapped key is gone from MongoDB");
    }
}
