package fr.mesinfos.consent.lifecycle;

import static fr.mesinfos.consent.TestTokens.COACH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** An amendment is a new version of the same consent: proposed by the app, applied only once the person confirms it. */
@QuarkusTest
class AmendmentTest {
    private static final TestUsers PERSON = TestUsers.GERMAINE;

    private static ValidatableResponse propose(String id, List<String> categories, int days) {
        Map<String, Object> body = Consents.body(PERSON.id(), categories, days, null, null);
        body.remove("personId");
        return given().auth().oauth2(TestTokens.app(COACH)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/apps/me/consents/" + id + "/amendments").then();
    }

    @Test
    void theOldVersionHoldsUntilThePersonConfirmsThenTheSameConsentMovesToVersionTwo() {
        String id = Consents.active(COACH, PERSON);
        propose(id, List.of("edf.load-curve", "edf.contract"), 365).statusCode(201)
                .body("id", equalTo(id)).body("version", equalTo(1)).body("status", equalTo("ACTIVE"))
                .body("pendingAmendment.version", equalTo(2))
                .body("pendingAmendment.categories", equalTo(List.of("edf.load-curve", "edf.contract")));
        // still version 1 until confirmed
        Consents.get(PERSON, id).body("version", equalTo(1)).body("categories", equalTo(Consents.ENERGY))
                .body("pendingAmendment.version", equalTo(2));
        given().auth().oauth2(TestTokens.user(PERSON)).when().get("/api/v1/me/consents/pending").then().body("id", hasItem(id));

        // the person confirms it, narrowed (never wider than the amendment)
        Consents.act(PERSON, id, "approve", Map.of("accessDays", 400)).statusCode(400).body("errors[0].field", equalTo("accessDays"));
        Consents.act(PERSON, id, "approve", Map.of("accessDays", 200)).statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(2)).body("status", equalTo("ACTIVE"))
                .body("categories", equalTo(List.of("edf.load-curve", "edf.contract")))
                .body("accessDays", equalTo(200)).body("pendingAmendment", nullValue());

        given().auth().oauth2(TestTokens.user(PERSON)).when().get("/api/v1/me/consents/" + id + "/history").then()
                .body("action", equalTo(List.of("REQUEST", "APPROVE", "PROPOSE_AMENDMENT", "CONFIRM_AMENDMENT")))
                .body("consentVersion", equalTo(List.of(1, 1, 2, 2)));
        given().auth().oauth2(TestTokens.user(PERSON)).when().get("/api/v1/me/consents/" + id + "/receipts").then()
                .body("kind", equalTo(List.of("GRANT", "AMENDMENT"))).body("[1].consentVersion", equalTo(2));
        given().auth().oauth2(TestTokens.user(PERSON)).when().get("/api/v1/me/consents/pending").then().body("id", not(hasItem(id)));
    }

    @Test
    void refusingAnAmendmentKeepsTheConsentAsItWas() {
        String id = Consents.active(COACH, PERSON);
        propose(id, List.of("edf.load-curve"), 30).statusCode(201);
        Consents.act(PERSON, id, "refuse", Map.of()).statusCode(200)
                .body("status", equalTo("ACTIVE")).body("version", equalTo(1)).body("categories", equalTo(Consents.ENERGY));
        Consents.get(PERSON, id).body("pendingAmendment", nullValue()).body("grantedAt", notNullValue());
    }

    @Test
    void withdrawingCancelsAWaitingAmendment() {
        String id = Consents.active(COACH, PERSON);
        propose(id, List.of("edf.load-curve"), 30).statusCode(201);
        Consents.act(PERSON, id, "withdraw", Map.of()).statusCode(200).body("status", equalTo("WITHDRAWN"));
        Consents.get(PERSON, id).body("pendingAmendment", nullValue());
        Consents.act(PERSON, id, "approve", Map.of()).statusCode(409);
    }

    @Test
    void anAmendmentIsCheckedLikeARequest() {
        String id = Consents.active(COACH, PERSON);
        propose(id, List.of("edf.load-curve", "nope.nope"), 30).statusCode(400).body("errors[0].field", equalTo("categories[1]"));
        propose(id, List.of("edf.load-curve"), 366).statusCode(400).body("errors[0].field", equalTo("accessDays"));
    }
}
