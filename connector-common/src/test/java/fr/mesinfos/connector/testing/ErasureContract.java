package fr.mesinfos.connector.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.access.KafkaClientIdentity;
import fr.mesinfos.testkit.SharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.Source;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.ErasureScope;
import fr.mesinfos.events.platform.PersonErasure;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.restassured.http.ContentType;

/**
 * The vault's erasures as a connector lives them, against the real broker, Keycloak and PostgreSQL: an erasure of ALL
 * of Germaine's data deletes every link of hers (her pushes get 422) and none of Gérard's (his still get 202); an
 * erasure of some CATEGORIES keeps her links; a record that does not decode is skipped without stopping the consumer.
 */
public abstract class ErasureContract {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    protected abstract String partner();

    /** A format of this connector. */
    protected abstract String format();

    /** Two accounts of this partner, normalized, that Germaine links and no other test class uses. */
    protected abstract List<String> germaineAccounts();

    /** An account of this partner, normalized, that Gérard links and no other test class uses. */
    protected abstract String gerardAccount();

    /** A valid batch of the format for that account. */
    protected abstract String validBatch(String account);

    private String partnerToken;

    @BeforeEach
    void germaineAndGerardLinkTheirAccounts() {
        partnerToken = Tokens.partner(partner());
        for (String account : germaineAccounts()) {
            link(TestUsers.GERMAINE, account);
        }
        link(TestUsers.GERARD, gerardAccount());
        links(TestUsers.GERMAINE).body("account", hasItem(germaineAccounts().get(0)))
                .body("account", hasItem(germaineAccounts().get(1)));
        for (String account : germaineAccounts()) {
            push(account).statusCode(202);
        }
        push(gerardAccount()).statusCode(202);
    }

    @Test
    void erasureOfAllDeletesEveryLinkOfThatPersonAndNoOther() {
        PersonErasure erasure = erasure(TestUsers.GERMAINE, ErasureScope.ALL);
        publish(TestUsers.GERMAINE.id(), erasure);

        await("Germaine's links deleted", () -> linkedAccounts(TestUsers.GERMAINE).isEmpty());
        links(TestUsers.GERMAINE).body("$", empty());
        for (String account : germaineAccounts()) {
            push(account).statusCode(422).contentType("application/problem+json")
                    .body("detail", containsString(account));
        }
        // Gérard's link is untouched: his data still comes in
        links(TestUsers.GERARD).body("account", hasItem(gerardAccount()));
        push(gerardAccount()).statusCode(202);

        // the same erasure again (at-least-once delivery) is harmless, and Germaine may link her account again
        double applied = erasures("links-deleted");
        publish(TestUsers.GERMAINE.id(), erasure);
        await("the repeated erasure applied", () -> erasures("links-deleted") >= applied + 1);
        links(TestUsers.GERMAINE).body("$", empty());
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).contentType(ContentType.JSON)
                .body("{\"account\":\"" + germaineAccounts().get(0) + "\"}").when().post("/api/v1/links")
                .then().statusCode(201);
        push(germaineAccounts().get(0)).statusCode(202);
    }

    @Test
    void erasureOfSomeCategoriesKeepsTheLinks() {
        double before = erasures("categories-only");
        publish(TestUsers.GERMAINE.id(), erasure(TestUsers.GERMAINE, ErasureScope.CATEGORIES));

        await("the categories erasure consumed", () -> erasures("categories-only") >= before + 1);
        links(TestUsers.GERMAINE).body("account", hasItem(germaineAccounts().get(0)))
                .body("account", hasItem(germaineAccounts().get(1)));
        for (String account : germaineAccounts()) {
            push(account).statusCode(202);
        }
        links(TestUsers.GERARD).body("account", hasItem(gerardAccount()));
        push(gerardAccount()).statusCode(202);
    }

    @Test
    void recordsThatDoNotDecodeAreSkippedAndTheNextErasureStillApplies() {
        LogCapture logs = LogCapture.of("fr.mesinfos"); // the connector and the shared erasure follower (service-support)
        double invalidBefore = erasures("invalid");
        String germaine = TestUsers.GERMAINE.id();
        // all keyed by Germaine: one partition, read in this order
        publish(germaine, "not JSON at all".getBytes(StandardCharsets.UTF_8));
        publish(germaine, "{\"personId\":\"someone\"}".getBytes(StandardCharsets.UTF_8));
        publish(germaine, (byte[]) null); // a tombstone
        // valid, but its key is not its person: Gérard's links must not be touched
        publish(germaine, erasure(TestUsers.GERARD, ErasureScope.ALL));
        publish(germaine, erasure(TestUsers.GERMAINE, ErasureScope.ALL));

        await("Germaine's links deleted after the skipped records", () -> linkedAccounts(TestUsers.GERMAINE).isEmpty());
        assertEquals(invalidBefore + 4, erasures("invalid"), "each undecodable or inconsistent record skipped and counted");
        for (String account : germaineAccounts()) {
            push(account).statusCode(422);
        }
        links(TestUsers.GERARD).body("account", hasItem(gerardAccount()));
        push(gerardAccount()).statusCode(202);

        // the skips were logged, without saying whose records they were
        List<String> logged = logs.stop();
        assertTrue(logged.stream().filter(line -> line.contains("skipped")).count() >= 4, "skips logged: " + logged);
        for (String line : logged) {
            assertFalse(line.contains(TestUsers.GERMAINE.id()) || line.contains(TestUsers.GERARD.id()), "person id logged: " + line);
        }
    }

    /** What the connector logs under a category while a test runs: each message with its parameters. */
    private static final class LogCapture extends Handler {
        private final Logger logger;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        private LogCapture(Logger logger) {
            this.logger = logger;
        }

        static LogCapture of(String category) {
            LogCapture capture = new LogCapture(Logger.getLogger(category));
            capture.logger.addHandler(capture);
            return capture;
        }

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            for (Object parameter : record.getParameters() == null ? new Object[0] : record.getParameters()) {
                line.append(" | ").append(parameter);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        List<String> stop() {
            logger.removeHandler(this);
            return List.copyOf(lines);
        }
    }

    private PersonErasure erasure(TestUsers person, ErasureScope scope) {
        return new PersonErasure(UUID.randomUUID().toString(), person.id(), scope,
                scope == ErasureScope.ALL ? CategoryCatalog.ids() : List.of(someCategoryOfThisPartner()), Instant.now());
    }

    private String someCategoryOfThisPartner() {
        Source source = Source.byId(partner()).orElseThrow();
        return CategoryCatalog.forSource(source).stream().map(Category::id).findFirst().orElseThrow();
    }

    private void publish(String key, PersonErasure erasure) {
        publish(key, PlatformEventCodec.encode(erasure));
    }

    /** Publishes one record on vault.erasure.v1 of the test broker, as the vault does: with the vault's own account. */
    private static void publish(String key, byte[] value) {
        Map<String, Object> config = new HashMap<>(KafkaClientIdentity.of(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                SharedInfrastructure.tokenEndpoint(), KafkaAccess.VAULT, KafkaAccess.VAULT + "-secret"));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.VAULT_ERASURE, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("cannot publish on " + Topics.VAULT_ERASURE, e);
        }
    }

    private void link(TestUsers person, String account) {
        given().auth().oauth2(Tokens.user(person)).contentType(ContentType.JSON)
                .body("{\"account\":\"" + account + "\"}").when().post("/api/v1/links")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    private static io.restassured.response.ValidatableResponse links(TestUsers person) {
        return given().auth().oauth2(Tokens.user(person)).when().get("/api/v1/links").then().statusCode(200);
    }

    private static List<String> linkedAccounts(TestUsers person) {
        return links(person).extract().jsonPath().getList("account", String.class);
    }

    private io.restassured.response.ValidatableResponse push(String account) {
        return given().auth().oauth2(partnerToken).contentType(ContentType.JSON).body(validBatch(account))
                .when().post("/api/v1/push/" + format()).then();
    }

    /** The connector's count of erasure records with this outcome (0 before the first). */
    private static double erasures(String outcome) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^mesinfos_connector_erasures_total\\{[^}]*outcome=\"" + Pattern.quote(outcome)
                + "\"[^}]*\\} (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail(what + ": not within " + PATIENCE.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
