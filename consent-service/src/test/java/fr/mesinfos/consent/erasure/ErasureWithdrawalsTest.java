package fr.mesinfos.consent.erasure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.ErasureScope;
import fr.mesinfos.events.platform.PersonErasure;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.events.access.KafkaAccess;

/** A person's erasure in the vault ends the consents covering the erased data (withdrawn or refused), and only those. */
@QuarkusTest
class ErasureWithdrawalsTest {

    /** Publishes on vault.erasure.v1 as the vault does, with its own account. */
    private static void publish(byte[] value, String key) throws Exception {
        Map<String, Object> config = TestKafka.as(KafkaAccess.VAULT);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.VAULT_ERASURE, key, value)).get();
        }
    }

    private static String status(TestUsers person, String id) {
        return Consents.get(person, id).statusCode(200).extract().path("status");
    }

    private static void awaitStatus(TestUsers person, String id, String wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!wanted.equals(status(person, id)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(wanted, status(person, id));
    }

    @Test
    void erasingACategoryEndsTheConsentsCoveringItAndNoOther() throws Exception {
        String energy = Consents.active(TestTokens.COACH, TestUsers.GERMAINE); // edf.load-curve, edf.daily-consumption
        String pending = Consents.requested(TestTokens.BUDGET, TestUsers.GERMAINE);
        String calls = Consents.ask(TestTokens.BUDGET, Consents.body(TestUsers.GERMAINE.id(), List.of("orange.calls"), 30, null, null))
                .statusCode(201).extract().path("id");
        Consents.act(TestUsers.GERMAINE, calls, "approve", Map.of()).statusCode(200);
        String gerards = Consents.active(TestTokens.COACH, TestUsers.GERARD);

        publish("not json".getBytes(), TestUsers.GERMAINE.id()); // skipped, the stream goes on
        PersonErasure erasure = new PersonErasure(UUID.randomUUID().toString(), TestUsers.GERMAINE.id(), ErasureScope.CATEGORIES,
                List.of("edf.load-curve"), Instant.now());
        publish(PlatformEventCodec.encode(erasure), erasure.personId());
        publish(PlatformEventCodec.encode(erasure), erasure.personId()); // delivered twice: no second change

        awaitStatus(TestUsers.GERMAINE, energy, "WITHDRAWN");
        awaitStatus(TestUsers.GERMAINE, pending, "REJECTED");
        assertEquals("ACTIVE", status(TestUsers.GERMAINE, calls), "a consent for data not erased stays");
        assertEquals("ACTIVE", status(TestUsers.GERARD, gerards), "another person's consent stays");
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/consents/" + energy + "/history")
                .then().statusCode(200).body("find { it.toStatus == 'WITHDRAWN' }.channel", equalTo("vault-erasure"));
    }
}
