package fr.mesinfos.consent.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** After a consent ends, its app confirms it deleted what it received; the person sees the confirmation (CS-RV-7). */
@QuarkusTest
class DeletionConfirmationTest {
    private static final String STATEMENT = "All load-curve data of this person deleted from our database and backups.";

    private static ValidatableResponse confirm(String appId, String id, String statement) {
        return given().auth().oauth2(TestTokens.app(appId)).contentType(ContentType.JSON).body(Map.of("statement", statement))
                .when().post("/api/v1/apps/me/consents/" + id + "/deletion-confirmation").then();
    }

    @Test
    void theAppConfirmsOnlyOnceTheConsentEndedAndThePersonSeesIt() {
        String id = Consents.active(TestTokens.COACH, TestUsers.GERMAINE);
        confirm(TestTokens.COACH, id, STATEMENT).statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));

        Consents.act(TestUsers.GERMAINE, id, "withdraw", Map.of()).statusCode(200);
        String confirmedAt = confirm(TestTokens.COACH, id, STATEMENT).statusCode(200)
                .body("deletion.statement", equalTo(STATEMENT)).extract().path("deletion.confirmedAt");
        assertEquals(confirmedAt, confirm(TestTokens.COACH, id, "again").statusCode(200).extract().path("deletion.confirmedAt"),
                "a repeated confirmation changes nothing");

        Consents.get(TestUsers.GERMAINE, id).statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("deletion.confirmedAt", notNullValue()).body("deletion.statement", equalTo(STATEMENT));
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/consents/" + id + "/history")
                .then().statusCode(200)
                .body("find { it.action == 'CONFIRM_DELETION' }.actor", equalTo("app:" + TestTokens.COACH))
                .body("findAll { it.action == 'CONFIRM_DELETION' }.size()", equalTo(1));
    }

    @Test
    void onlyTheConsentsOwnAppConfirmsWithAStatement() {
        String id = Consents.active(TestTokens.COACH, TestUsers.GERARD);
        Consents.act(TestUsers.GERARD, id, "withdraw", Map.of()).statusCode(200);
        confirm(TestTokens.BUDGET, id, STATEMENT).statusCode(404);
        confirm(TestTokens.COACH, id, " ").statusCode(400);
        given().auth().oauth2(TestTokens.user(TestUsers.GERARD)).contentType(ContentType.JSON).body(Map.of("statement", STATEMENT))
                .when().post("/api/v1/apps/me/consents/" + id + "/deletion-confirmation").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("statement", STATEMENT))
                .when().post("/api/v1/apps/me/consents/" + id + "/deletion-confirmation").then().statusCode(401);
        Consents.get(TestUsers.GERARD, id).statusCode(200).body("deletion", org.hamcrest.Matchers.nullValue());
    }
}
