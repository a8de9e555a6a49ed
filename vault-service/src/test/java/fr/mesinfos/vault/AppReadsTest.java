package fr.mesinfos.vault;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.events.Topics;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.ConsentStatus;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.vault.consent.ConsentStates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Apps read a person's history only under an ACTIVE consent that covers the category, within its data period, as
 * followed from consent.state.v1; every read appears in the person's access log.
 */
@QuarkusTest
class AppReadsTest {
    private static final Instant JAN = Instant.parse("2026-01-10T00:00:00Z");
    private static final String COACH = "demo-energy-coach";
    private static final String BUDGET = "demo-budget-helper";

    @Inject
    VaultFixtures vault;

    @Inject
    ConsentStates consentStates;

    @BeforeEach
    void seed() throws InterruptedException {
        // app reads answer 503 until the vault has read consent.state.v1 to its end once (its readiness says the same)
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!consentStates.caughtUp() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        vault.clear();
        vault.store(TestUsers.GERMAINE.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERMAINE, JAN, 5, 1200));
        vault.store(TestUsers.GERARD.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERARD, JAN, 3, 400));
    }

    /** Publishes a person's consents as the consent service does (with its account): all of them, keyed by the person id. */
    private static void publish(String personId, ConsentState... states) throws Exception {
        Map<String, Object> config = TestKafka.as(KafkaAccess.CONSENT);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.CONSENT_STATE, personId,
                    PlatformEventCodec.encode(new PersonConsents(personId, List.of(states), Instant.now())))).get();
        }
    }

    private static ConsentState consent(String id, int version, ConsentStatus status, String person, List<String> categories,
            Instant dataFrom, Instant expiresAt) {
        Instant now = Instant.now();
        return new ConsentState(id, version, person, COACH, status, categories, "dpv:ServiceProvision", dataFrom, null, now, expiresAt, now);
    }

    private static Response read(String app, TestUsers person, String category) {
        return given().auth().oauth2(Tokens.app(app)).when().get("/api/v1/apps/persons/" + person.id() + "/records/" + category);
    }

    /** Waits (bounded) until the vault has applied the latest published state, seen as the expected status code. */
    private static Response awaitStatus(String app, TestUsers person, String category, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Response response = read(app, person, category);
        while (response.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            response = read(app, person, category);
        }
        assertEquals(status, response.statusCode(), response.asString());
        return response;
    }

    @Test
    void anActiveConsentLetsTheAppReadItsCategoryWithinTheDataPeriodAndTheReadIsLogged() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(TestUsers.GERMAINE.id(), consent(id, 1, ConsentStatus.ACTIVE, TestUsers.GERMAINE.id(), List.of("edf.load-curve"), JAN.plusSeconds(1800), null));
        JsonPath page = awaitStatus(COACH, TestUsers.GERMAINE, "edf.load-curve", 200).jsonPath();
        assertEquals(4, page.getList("items").size(), "the point before dataFrom is not shared");
        assertTrue(page.getList("items.payload.usagePointId").stream().allMatch(VaultFixtures.PRM_GERMAINE::equals));

        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/access-log")
                .then().statusCode(200)
                .body("items[0].appId", equalTo(COACH)).body("items[0].category", equalTo("edf.load-curve"))
                .body("items[0].records", equalTo(4)).body("items[0].kind", equalTo("READ")).body("items[0].consentId", equalTo(id));
        given().auth().oauth2(Tokens.user(TestUsers.GERARD)).when().get("/api/v1/me/access-log")
                .then().statusCode(200).body(not(containsString(id)));

        // what the consent does not cover stays closed
        read(COACH, TestUsers.GERMAINE, "edf.contract").then().statusCode(403).contentType("application/problem+json");
        read(COACH, TestUsers.GERARD, "edf.load-curve").then().statusCode(403).body(not(containsString(VaultFixtures.PRM_GERARD)));
        read(BUDGET, TestUsers.GERMAINE, "edf.load-curve").then().statusCode(403).body(not(containsString(VaultFixtures.PRM_GERMAINE)));

        // withdrawn: closed again, on the next state the vault reads
        publish(TestUsers.GERMAINE.id(), consent(id, 2, ConsentStatus.WITHDRAWN, TestUsers.GERMAINE.id(), List.of("edf.load-curve"), JAN.plusSeconds(1800), null));
        awaitStatus(COACH, TestUsers.GERMAINE, "edf.load-curve", 403).then().body("title", equalTo("No consent"));
    }

    @Test
    void noConsentExpiredOrRequestedConsentsAreRefused() throws Exception {
        read(COACH, TestUsers.GERARD, "edf.load-curve").then().statusCode(403).body(not(containsString(VaultFixtures.PRM_GERARD)));
        String marker = UUID.randomUUID().toString();
        publish(TestUsers.GERARD.id(),
                consent(UUID.randomUUID().toString(), 1, ConsentStatus.ACTIVE, TestUsers.GERARD.id(), List.of("edf.load-curve"), null,
                        Instant.now().minusSeconds(60)),
                consent(UUID.randomUUID().toString(), 1, ConsentStatus.REQUESTED, TestUsers.GERARD.id(), List.of("edf.load-curve"), null, null),
                consent(marker, 1, ConsentStatus.ACTIVE, TestUsers.GERARD.id(), List.of("orange.calls"), null, null));
        awaitStatus(COACH, TestUsers.GERARD, "orange.calls", 200); // the record was read
        read(COACH, TestUsers.GERARD, "edf.load-curve").then().statusCode(403);
        given().auth().oauth2(Tokens.user(TestUsers.GERARD)).when().get("/api/v1/me/access-log")
                .then().statusCode(200).body("items.category", not(org.hamcrest.Matchers.hasItem("edf.load-curve")));
    }

    @Test
    void onlyAppsUseTheAppApiAndPersonsOnlyTheirOwnLog() {
        given().when().get("/api/v1/apps/persons/" + TestUsers.GERMAINE.id() + "/records/edf.load-curve").then().statusCode(401);
        given().auth().oauth2(Tokens.user(TestUsers.GERARD)).when().get("/api/v1/apps/persons/" + TestUsers.GERMAINE.id() + "/records/edf.load-curve")
                .then().statusCode(403).body(not(containsString(VaultFixtures.PRM_GERMAINE)));
        given().auth().oauth2(Tokens.partner("edf")).when().get("/api/v1/apps/persons/" + TestUsers.GERMAINE.id() + "/records/edf.load-curve")
                .then().statusCode(403);
        given().when().get("/api/v1/me/access-log").then().statusCode(401);
        given().auth().oauth2(Tokens.app(COACH)).when().get("/api/v1/me/access-log").then().statusCode(403);
        given().auth().oauth2(Tokens.user(TestUsers.CAMILLE)).when().get("/api/v1/me/access-log").then().statusCode(200).body("items", hasSize(0));
    }
}
