package fr.mesinfos.connector.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.restassured.http.ContentType;

/**
 * The partner push API as a partner lives it, against the real broker, Keycloak and PostgreSQL: a valid batch for a
 * linked account is 202 only with every event in Kafka, keyed and addressed to the account's owner; the same batch
 * again has the same ids; an invalid or unlinked batch is refused whole and publishes nothing.
 */
public abstract class PushContract {

    protected abstract String partner();

    protected abstract String otherPartner();

    /** A format of this connector and the topic its records land on. */
    protected abstract String format();

    protected abstract String topic();

    /** An account of this partner, normalized, that no other test class links. */
    protected abstract String account();

    /** A valid batch (JSON array) of {@code records} records for that account, yielding {@code events} events. */
    protected abstract String validBatch(String account);

    protected abstract int validBatchEvents();

    /** A batch whose record at {@link #invalidIndex()} is invalid at {@link #invalidField()}, the others valid. */
    protected abstract String invalidBatch(String account);

    protected abstract int invalidIndex();

    protected abstract String invalidField();

    private String partnerToken;

    @BeforeEach
    void linkTheAccountToGermaine() {
        partnerToken = Tokens.partner(partner());
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).contentType(ContentType.JSON)
                .body("{\"account\":\"" + account() + "\"}")
                .when().post("/api/v1/links")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    private io.restassured.response.ValidatableResponse push(String token, String format, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/push/" + format).then();
    }

    @Test
    void validBatchIsAcceptedOnlyWithEveryEventInKafkaForTheOwner() {
        long before = TopicProbe.endOffset(topic());
        List<String> ids = push(partnerToken, format(), validBatch(account()))
                .statusCode(202)
                .body("events", equalTo(validBatchEvents()))
                .body("eventIds", hasSize(validBatchEvents()))
                .extract().jsonPath().getList("eventIds", String.class);
        assertEquals(before + validBatchEvents(), TopicProbe.endOffset(topic()), "every event acknowledged before the 202");
        Set<String> wanted = Set.copyOf(ids);
        List<TopicProbe.Seen> ours = TopicProbe.readAll(topic(), (int) before + validBatchEvents()).stream()
                .filter(seen -> wanted.contains(seen.id())).toList();
        assertEquals(wanted, ours.stream().map(TopicProbe.Seen::id).collect(Collectors.toSet()));
        for (TopicProbe.Seen seen : ours) {
            assertEquals(TestUsers.GERMAINE.id(), seen.key(), "key = person id");
            assertEquals(TestUsers.GERMAINE.id(), seen.subject(), "ce_subject = person id");
        }
    }

    @Test
    void sameBatchTwiceGivesTheSameEventIds() {
        List<String> first = push(partnerToken, format(), validBatch(account())).statusCode(202)
                .extract().jsonPath().getList("eventIds", String.class);
        List<String> second = push(partnerToken, format(), validBatch(account())).statusCode(202)
                .extract().jsonPath().getList("eventIds", String.class);
        assertEquals(first, second);
    }

    @Test
    void invalidBatchIsRefusedWholeWithEveryErrorAndPublishesNothing() {
        long before = TopicProbe.endOffset(topic());
        push(partnerToken, format(), invalidBatch(account()))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing of this batch was published"))
                .body("errors.find { it.index == " + invalidIndex() + " }.field", equalTo(invalidField()))
                .body("errors.find { it.index == " + invalidIndex() + " }.reason", notNullValue());
        assertEquals(before, TopicProbe.endOffset(topic()), "nothing published");
    }

    @Test
    void unlinkedAccountIsRefusedNamingItAndPublishesNothing() {
        String germaine = Tokens.user(TestUsers.GERMAINE);
        given().auth().oauth2(germaine).when().delete("/api/v1/links/" + account()).then().statusCode(204);
        long before = TopicProbe.endOffset(topic());
        push(partnerToken, format(), validBatch(account()))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString(account()))
                .body("errors[0].field", equalTo("account"));
        assertEquals(before, TopicProbe.endOffset(topic()), "nothing published for an unlinked account");
    }

    @Test
    void otherPartnersPersonsAndAnonymousCannotPush() {
        push(Tokens.partner(otherPartner()), format(), validBatch(account())).statusCode(403)
                .body("detail", containsString("'" + otherPartner() + "'"));
        push(Tokens.user(TestUsers.GERMAINE), format(), validBatch(account())).statusCode(403);
        given().contentType(ContentType.JSON).body(validBatch(account()))
                .when().post("/api/v1/push/" + format()).then().statusCode(401);
    }

    @Test
    void unknownFormatNotABatchAndTooManyRecordsAreProblems() {
        push(partnerToken, "no-such-format", "[]").statusCode(404).body("detail", containsString(format()));
        push(partnerToken, format(), "{\"not\":\"an array\"}").statusCode(400).contentType("application/problem+json");
        push(partnerToken, format(), "[{\"truncated\": ").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON (line 1"));
        String tooMany = "[" + String.join(",", java.util.Collections.nCopies(10_001, "{}")) + "]";
        push(partnerToken, format(), tooMany).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("10001 records"));
        String tooBig = "[\"" + "x".repeat(17 * 1024 * 1024) + "\"]";
        push(partnerToken, format(), tooBig).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 16777216"));
    }

    @Test
    void listsItsFormats() {
        given().auth().oauth2(partnerToken).when().get("/api/v1/push")
                .then().statusCode(200).body("$", org.hamcrest.Matchers.hasItem(format()));
        assertTrue(format().matches("[a-z0-9-]+"));
    }
}
