package fr.mesinfos.vault;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

import fr.mesinfos.events.Topics;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.platform.DeliveryCount;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What the gate delivered to an app appears once in the person's access log, and only in theirs. */
@QuarkusTest
class DeliveryLogTest {

    @Test
    void eachDeliveryCountIsListedOnceToItsPerson() throws Exception {
        String countId = UUID.randomUUID().toString();
        String consentId = UUID.randomUUID().toString();
        Instant at = Instant.now();
        DeliveryCount count = new DeliveryCount(countId, TestUsers.CAMILLE.id(), "demo-budget-helper", "orange.invoices", consentId, 2, 7,
                at.minusSeconds(3), at);
        // published as the consent service's gate does, with its account
        Map<String, Object> config = TestKafka.as(KafkaAccess.CONSENT);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.GATE_DELIVERIES, count.personId(), "not json".getBytes())).get();
            for (int i = 0; i < 2; i++) { // a replayed count is listed once
                producer.send(new ProducerRecord<>(Topics.GATE_DELIVERIES, count.personId(), PlatformEventCodec.encode(count))).get();
            }
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<String> ids = List.of();
        while (!ids.contains(countId) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            ids = given().auth().oauth2(Tokens.user(TestUsers.CAMILLE)).when().get("/api/v1/me/access-log").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
        }
        Thread.sleep(1000); // the replay has had time to arrive
        JsonPath log = given().auth().oauth2(Tokens.user(TestUsers.CAMILLE)).when().get("/api/v1/me/access-log")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, log.getList("items.findAll { it.id == '" + countId + "' }").size());
        assertEquals("DELIVERY", log.getString("items.find { it.id == '" + countId + "' }.kind"));
        assertEquals(7, log.getInt("items.find { it.id == '" + countId + "' }.records"));
        assertEquals("demo-budget-helper", log.getString("items.find { it.id == '" + countId + "' }.appId"));
        given().auth().oauth2(Tokens.user(TestUsers.GERARD)).when().get("/api/v1/me/access-log")
                .then().statusCode(200).body(not(containsString(countId)));
    }
}
