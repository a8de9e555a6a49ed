package fr.mesinfos.connector.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A 202 means durably accepted, also when the broker goes away: with the broker stopped a push gets 503 and
 * Retry-After; a push in flight when the broker stops gets either 503, or a 202 whose every event is in the log once
 * the broker is back.
 */
public abstract class KafkaOutageContract {

    protected abstract String partner();

    protected abstract String format();

    protected abstract String topic();

    protected abstract String account();

    /** A valid batch of many events (thousands) for the account, so that the broker can stop while it is published. */
    protected abstract String largeBatch(String account);

    protected abstract int largeBatchEvents();

    private Response push(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/push/" + format());
    }

    @Test
    void noAcknowledgementMeansNo202() throws Exception {
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).contentType(ContentType.JSON)
                .body("{\"account\":\"" + account() + "\"}").when().post("/api/v1/links")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        String token = Tokens.partner(partner());
        String batch = largeBatch(account());
        push(token, batch).then().statusCode(202);
        long afterFirst = TopicProbe.endOffset(topic());

        // the broker stops while a batch is being published
        CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(() -> push(token, batch));
        PrivateKafkaResource.stopBroker();
        Response during = inFlight.get();
        assertTrue(during.statusCode() == 202 || during.statusCode() == 503, "got " + during.statusCode());

        // with the broker down: 503, Retry-After, a problem that says what to do
        push(token, batch).then().statusCode(503)
                .header("Retry-After", equalTo("10"))
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("Push the same batch again"));

        PrivateKafkaResource.startBrokerAgain();
        long expected = afterFirst + (during.statusCode() == 202 ? largeBatchEvents() : 0);
        if (during.statusCode() == 202) {
            assertEquals(expected, TopicProbe.endOffset(topic()), "a 202 batch is entirely in the log");
        } else {
            assertTrue(TopicProbe.endOffset(topic()) >= afterFirst);
        }
        // back to normal: the same batch is accepted again
        push(token, batch).then().statusCode(202);
    }
}
