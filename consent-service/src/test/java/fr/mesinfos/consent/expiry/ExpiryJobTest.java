package fr.mesinfos.consent.expiry;

import static fr.mesinfos.consent.TestTokens.COACH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.ConsentTopicReader;
import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;

/** Time ends consents without anyone acting: the job (every second in tests) expires them, through the outbox. */
@QuarkusTest
class ExpiryJobTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static String awaitStatus(String id, String status) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String current;
        do {
            current = Consents.get(TestUsers.GERMAINE, id).statusCode(200).extract().path("status");
            if (current.equals(status)) {
                return current;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return current;
    }

    @Test
    void anActiveConsentPastItsEndExpiresAndIsPublished() throws Exception {
        String id = Consents.active(COACH, TestUsers.GERMAINE);
        Consents.pastExpiry(id);
        assertEquals("EXPIRED", awaitStatus(id, "EXPIRED"));
        Consents.get(TestUsers.GERMAINE, id).body("ended.by", equalTo("platform")).body("ended.channel", equalTo("expiry-job"));
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/consents/" + id + "/history").then()
                .body("channel", hasItem("expiry-job")).body("toStatus", hasItem("EXPIRED"));
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/consents/" + id + "/receipts").then()
                .body("kind", hasItem("EXPIRY"));
        assertTrue(ConsentTopicReader.await(TestUsers.GERMAINE.id(), ConsentTopicReader.holds(id, "EXPIRED"), WAIT).isPresent());
    }

    @Test
    void aRequestNotAnsweredInTimeIsRejected() throws Exception {
        String id = Consents.requested(COACH, TestUsers.GERMAINE);
        Consents.pastRequestExpiry(id);
        assertEquals("REJECTED", awaitStatus(id, "REJECTED"));
        Consents.get(TestUsers.GERMAINE, id).body("ended.channel", equalTo("expiry-job"))
                .body("ended.reason", equalTo("request not answered in time"));
        assertTrue(ConsentTopicReader.await(TestUsers.GERMAINE.id(), ConsentTopicReader.holds(id, "REJECTED"), WAIT).isPresent());
    }

    @Test
    void consentsStillInTimeAreLeftAlone() throws Exception {
        String active = Consents.active(COACH, TestUsers.GERMAINE);
        String requested = Consents.requested(COACH, TestUsers.GERMAINE);
        Thread.sleep(2500);
        Consents.get(TestUsers.GERMAINE, active).body("status", equalTo("ACTIVE"));
        Consents.get(TestUsers.GERMAINE, requested).body("status", equalTo("REQUESTED"));
    }
}
