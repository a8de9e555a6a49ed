package fr.mesinfos.consent.lifecycle;

import static fr.mesinfos.consent.TestTokens.COACH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.consent.expiry.ExpiryJob;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Every action of the API tried from every status a consent can be in, through the API: the legal ones succeed,
 * every other one is a 409 problem naming the current status and the action, and changes nothing.
 */
@QuarkusTest
class IllegalTransitionsTest {
    private static final TestUsers PERSON = TestUsers.CAMILLE;

    @Inject
    ExpiryJob expiry;

    /** An action through the API, with the label the 409 names it by. */
    private record Action(String label, Function<String, ValidatableResponse> call) {
    }

    private static final List<Action> ACTIONS = List.of(
            new Action("approve", id -> Consents.act(PERSON, id, "approve", Map.of())),
            new Action("refuse", id -> Consents.act(PERSON, id, "refuse", Map.of())),
            new Action("withdraw", id -> Consents.act(PERSON, id, "withdraw", Map.of())),
            new Action("terminate", id -> Consents.terminate(COACH, id, "test")),
            new Action("propose an amendment", id -> given().auth().oauth2(TestTokens.app(COACH)).contentType(ContentType.JSON)
                    .body(amendment()).when().post("/api/v1/apps/me/consents/" + id + "/amendments").then()));

    /** The actions each status allows through the API; every other one must be refused. */
    private static final Map<String, Set<String>> LEGAL = Map.of(
            "REQUESTED", Set.of("approve", "refuse"),
            "ACTIVE", Set.of("withdraw", "terminate", "propose an amendment"),
            "REJECTED", Set.of(),
            "EXPIRED", Set.of(),
            "WITHDRAWN", Set.of(),
            "REVOKED", Set.of());

    private static Map<String, Object> amendment() {
        Map<String, Object> body = Consents.body(PERSON);
        body.remove("personId");
        return body;
    }

    /** A fresh consent brought to the status through the API (and the expiry job for EXPIRED). */
    private String inStatus(String status) throws Throwable {
        String id = Consents.requested(COACH, PERSON);
        switch (status) {
            case "REQUESTED" -> { }
            case "ACTIVE" -> Consents.act(PERSON, id, "approve", Map.of()).statusCode(200);
            case "REJECTED" -> Consents.act(PERSON, id, "refuse", Map.of()).statusCode(200);
            case "WITHDRAWN" -> {
                Consents.act(PERSON, id, "approve", Map.of()).statusCode(200);
                Consents.act(PERSON, id, "withdraw", Map.of()).statusCode(200);
            }
            case "REVOKED" -> {
                Consents.act(PERSON, id, "approve", Map.of()).statusCode(200);
                Consents.terminate(COACH, id, "test").statusCode(200);
            }
            case "EXPIRED" -> {
                Consents.act(PERSON, id, "approve", Map.of()).statusCode(200);
                Consents.pastExpiry(id);
                expiry.runOnce();
            }
            default -> throw new IllegalArgumentException(status);
        }
        Consents.get(PERSON, id).statusCode(200).body("status", equalTo(status));
        return id;
    }

    @Test
    void everyIllegalTransitionIsAConflictNamingStatusAndAction() throws Throwable {
        int refused = 0;
        for (String status : LEGAL.keySet()) {
            for (Action action : ACTIONS) {
                if (LEGAL.get(status).contains(action.label())) {
                    continue;
                }
                String id = inStatus(status);
                action.call().apply(id).statusCode(409).contentType("application/problem+json")
                        .body("detail", allOf(containsString(status), containsString(action.label())))
                        .body("errors[0].field", equalTo("status"));
                Consents.get(PERSON, id).body("status", equalTo(status));
                refused++;
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(6 * 5 - 2 - 3, refused);
    }

    @Test
    void everyLegalTransitionSucceeds() throws Throwable {
        for (String status : LEGAL.keySet()) {
            for (Action action : ACTIONS) {
                if (LEGAL.get(status).contains(action.label())) {
                    int code = action.call().apply(inStatus(status)).extract().statusCode();
                    org.junit.jupiter.api.Assertions.assertTrue(code == 200 || code == 201, status + " + " + action.label() + " -> " + code);
                }
            }
        }
    }

    @Test
    void anActiveConsentWithoutAmendmentCannotBeApprovedOrRefusedAgain() throws Throwable {
        String id = inStatus("ACTIVE");
        Consents.act(PERSON, id, "approve", Map.of()).statusCode(409).body("detail", containsString("ACTIVE"));
        Consents.act(PERSON, id, "refuse", Map.of()).statusCode(409).body("detail", containsString("ACTIVE"));
    }

    @Test
    void anExpiredRequestCannotBeApprovedEvenBeforeTheJobRuns() throws Throwable {
        String id = inStatus("REQUESTED");
        Consents.pastRequestExpiry(id);
        // 409 either way: "the request expired" if the job has not run yet, REJECTED once it has
        Consents.act(PERSON, id, "approve", Map.of()).statusCode(409).body("detail", containsString("approve"));
    }
}
