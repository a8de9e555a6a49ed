package fr.mesinfos.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.junit.jupiter.api.Test;

import fr.mesinfos.events.Topics;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * App developers register apps: a real confidential Keycloak client with the app role comes out, its secret shown
 * once, and its topic on the broker, which it alone may read; bad input is refused field by field and creates
 * nothing; developers see their own apps, operators all.
 */
@QuarkusTest
class AppRegistryTest {

    private static String body(String appId, String purposes, String redirects) {
        return "{\"appId\":\"" + appId + "\",\"name\":\"Énergie Coach\",\"legalEntity\":\"Coach SAS, 1 rue de la Paix, 75002 Paris\","
                + "\"contactEmail\":\"dpo@coach.example\",\"purposes\":" + purposes + ",\"redirectUris\":" + redirects + ","
                + "\"deletionPolicy\":\"Deleted within 30 days of withdrawal; aggregates kept anonymous.\"}";
    }

    private static String newAppId() {
        return "reg-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonPath register(TestUsers user, String body, int status) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/apps").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aRegisteredAppGetsAWorkingClientWithTheAppRoleOnly() {
        String appId = newAppId();
        JsonPath app = register(TestUsers.DEVELOPER, body(appId, "[\"dpv:ServiceProvision\"]", "[\"https://coach.example/callback\"]"), 201);
        String secret = app.getString("clientSecret");
        assertTrue(secret != null && secret.length() >= 40, "a strong secret, shown once");
        String token = Tokens.client(appId, secret);
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        JsonPath payload = JsonPath.from(claims);
        assertTrue(payload.getList("realm_access.roles").contains("app"), claims);
        assertTrue(!payload.getList("realm_access.roles").contains("operator") && !payload.getList("realm_access.roles").contains("partner"), claims);
        // the app's token opens what apps may use, and nothing for developers
        given().auth().oauth2(token).when().get("/api/v1/catalog").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/apps").then().statusCode(403);
        assertThrows(IllegalStateException.class, () -> Tokens.client(appId, "not-the-secret"));

        given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).when().get("/api/v1/apps/" + appId).then().statusCode(200)
                .body("topic", equalTo("app." + appId + ".v1")).body("clientSecret", nullValue())
                .body("purposes", equalTo(List.of("dpv:ServiceProvision")));
        given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).when().get("/api/v1/apps").then().statusCode(200)
                .body("appId", hasItem(appId)).body("clientSecret", not(hasItem(secret)));
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).when().get("/api/v1/apps/" + appId).then().statusCode(200);
    }

    @Test
    void aRegisteredAppReadsItsOwnTopicOnTheBrokerAndNothingElse() throws Exception {
        String appId = newAppId();
        String secret = register(TestUsers.DEVELOPER, body(appId, "[\"dpv:ServiceProvision\"]", "[]"), 201).getString("clientSecret");
        String marker = "marker-" + UUID.randomUUID();
        Map<String, Object> operator = TestKafka.operator();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(operator, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.app(appId), "person", marker)).get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(marker), readAs(appId, secret, appId, Topics.app(appId)), "registration created the topic and the app's read right");
        assertEquals(List.of(marker), readAs(appId, secret, appId + ".workers", Topics.app(appId)), "any group named <app-id>.*");
        assertThrows(TopicAuthorizationException.class, () -> readAs(appId, secret, appId, Topics.app(TestTokens.COACH)));
        assertThrows(TopicAuthorizationException.class, () -> readAs(appId, secret, appId, "partner.edf.load-curve.v1"));
        assertThrows(GroupAuthorizationException.class, () -> readAs(appId, secret, TestTokens.COACH, Topics.app(appId)));
    }

    /** Reads the topic from its start as a consumer of the given group, with the app's credentials; the values read. */
    private static List<String> readAs(String appId, String secret, String group, String topic) {
        Map<String, Object> config = TestKafka.as(appId, secret);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    @Test
    void anIdAlreadyTakenIsAConflictHereOrInKeycloak() {
        String appId = newAppId();
        register(TestUsers.DEVELOPER, body(appId, "[\"dpv:ServiceProvision\"]", "[]"), 201);
        register(TestUsers.DEVELOPER, body(appId, "[\"dpv:ServiceProvision\"]", "[]"), 409);
        // a client that exists in Keycloak but not in the registry (the realm's demo app) is not taken over
        JsonPath conflict = register(TestUsers.DEVELOPER, body("demo-energy-coach", "[\"dpv:ServiceProvision\"]", "[]"), 409);
        assertTrue(conflict.getString("errors[0].field").equals("appId"));
    }

    @Test
    void badInputNamesTheFieldAndCreatesNothing() {
        String appId = newAppId();
        String[][] cases = {
                {body("Bad_Id", "[\"dpv:ServiceProvision\"]", "[]"), "appId"},
                {body(appId, "[\"marketing\"]", "[]"), "purposes[0]"},
                {body(appId, "[]", "[]"), "purposes"},
                {body(appId, "[\"dpv:ServiceProvision\"]", "[\"http://coach.example/cb\"]"), "redirectUris[0]"},
                {body(appId, "[\"dpv:ServiceProvision\"]", "[\"https://coach.example/cb\",\"https://*.coach.example/cb\"]"), "redirectUris[1]"},
                {body(appId, "[\"dpv:ServiceProvision\"]", "[]").replace("dpo@coach.example", "nobody"), "contactEmail"},
                {body(appId, "[\"dpv:ServiceProvision\"]", "[]").replace("\"name\":\"Énergie Coach\"", "\"name\":\" \""), "name"},
        };
        for (String[] bad : cases) {
            given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).contentType(ContentType.JSON).body(bad[0])
                    .when().post("/api/v1/apps")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(bad[1]));
        }
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).when().get("/api/v1/apps/" + appId).then().statusCode(404);
        assertThrows(IllegalStateException.class, () -> Tokens.client(appId, "anything"), "no Keycloak client was created");
    }

    @Test
    void developersSeeTheirOwnAppsOperatorsAllOthersNothing() {
        String operatorsApp = newAppId();
        register(TestUsers.OPERATOR, body(operatorsApp, "[\"dpv:ResearchAndDevelopment\"]", "[]"), 201);
        given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).when().get("/api/v1/apps/" + operatorsApp)
                .then().statusCode(404).contentType("application/problem+json").body(not(org.hamcrest.Matchers.containsString("Coach SAS")));
        given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).when().get("/api/v1/apps").then().statusCode(200)
                .body("appId", not(hasItem(operatorsApp)));
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).when().get("/api/v1/apps").then().statusCode(200)
                .body("appId", hasItem(operatorsApp));
        given().when().get("/api/v1/apps").then().statusCode(401);
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/apps").then().statusCode(403);
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).contentType(ContentType.JSON)
                .body(body(newAppId(), "[\"dpv:ServiceProvision\"]", "[]")).when().post("/api/v1/apps").then().statusCode(403);
        given().auth().oauth2(Tokens.app("demo-energy-coach")).contentType(ContentType.JSON)
                .body(body(newAppId(), "[\"dpv:ServiceProvision\"]", "[]")).when().post("/api/v1/apps").then().statusCode(403);
    }
}
