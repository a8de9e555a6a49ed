package fr.mesinfos.consent.lifecycle;

import static fr.mesinfos.consent.TestTokens.BUDGET;
import static fr.mesinfos.consent.TestTokens.COACH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An app asks for consent, reads its own consents only, and ends one; bad requests are problems naming the field. */
@QuarkusTest
class AppConsentResourceTest {

    @Test
    void anAppAsksAPersonAndGetsARequestedConsent() {
        Consents.ask(COACH, Consents.body(TestUsers.GERMAINE)).statusCode(201)
                .header("Location", containsString("/api/v1/apps/me/consents/"))
                .body("status", equalTo("REQUESTED"))
                .body("version", equalTo(1))
                .body("appId", equalTo(COACH))
                .body("personId", equalTo(TestUsers.GERMAINE.id()))
                .body("categories", equalTo(Consents.ENERGY))
                .body("purpose.code", equalTo("dpv:ServiceProvision"))
                .body("purpose.iri", equalTo("https://w3id.org/dpv#ServiceProvision"))
                .body("purpose.textFr", notNullValue())
                .body("accessDays", equalTo(90))
                .body("dataFrom", equalTo("2026-01-01T00:00:00Z"))
                .body("noticeVersion", startsWith("sha256:"))
                .body("requestExpiresAt", notNullValue())
                .body("grantedAt", nullValue());
    }

    @Test
    void anAppReadsItsOwnConsentsOnly() {
        String mine = Consents.requested(COACH, TestUsers.GERARD);
        String theirs = Consents.requested(BUDGET, TestUsers.GERARD);
        given().auth().oauth2(TestTokens.app(COACH)).when().get("/api/v1/apps/me/consents").then().statusCode(200)
                .body("id", hasItem(mine)).body("id", not(hasItem(theirs))).body("appId", everyItem(equalTo(COACH)));
        given().auth().oauth2(TestTokens.app(COACH)).queryParam("status", "REQUESTED").when().get("/api/v1/apps/me/consents").then()
                .statusCode(200).body("status", everyItem(equalTo("REQUESTED")));
        given().auth().oauth2(TestTokens.app(COACH)).when().get("/api/v1/apps/me/consents/" + mine).then().statusCode(200)
                .body("id", equalTo(mine));
    }

    @Test
    void anotherAppsConsentIsNotFoundAndNothingOfItIsShown() {
        String theirs = Consents.active(BUDGET, TestUsers.CAMILLE);
        for (var response : List.of(
                given().auth().oauth2(TestTokens.app(COACH)).when().get("/api/v1/apps/me/consents/" + theirs).then(),
                Consents.terminate(COACH, theirs, "no longer needed"),
                given().auth().oauth2(TestTokens.app(COACH)).contentType(ContentType.JSON).body(Consents.body(TestUsers.CAMILLE))
                        .when().post("/api/v1/apps/me/consents/" + theirs + "/amendments").then())) {
            response.statusCode(404).contentType("application/problem+json")
                    .body(not(containsString(TestUsers.CAMILLE.id())))
                    .body(not(containsString(BUDGET)))
                    .body(not(containsString("edf.load-curve")))
                    .body(not(containsString("ACTIVE")));
        }
        Consents.get(TestUsers.CAMILLE, theirs).body("status", equalTo("ACTIVE"));
    }

    @Test
    void anAppTerminatesItsActiveConsentWhichBecomesRevokedWithWhoAndWhy() {
        String id = Consents.active(COACH, TestUsers.GERMAINE);
        Consents.terminate(COACH, id, "service closed").statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("ended.by", equalTo("app:" + COACH))
                .body("ended.channel", equalTo("app-api"))
                .body("ended.reason", equalTo("service closed"));
        Consents.get(TestUsers.GERMAINE, id).statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    void terminatingNeedsAReason() {
        String id = Consents.active(COACH, TestUsers.GERMAINE);
        given().auth().oauth2(TestTokens.app(COACH)).contentType(ContentType.JSON).body(Map.of("reason", ""))
                .when().post("/api/v1/apps/me/consents/" + id + "/terminate").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void unknownCategoryIsABadRequestNamingItsIndex() {
        var body = Consents.body(TestUsers.GERMAINE.id(), List.of("edf.load-curve", "edf.unknown"), 30, null, null);
        Consents.ask(COACH, body).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("categories[1]"));
        var openData = Consents.body(TestUsers.GERMAINE.id(), List.of("opendata.weather"), 30, null, null);
        Consents.ask(COACH, openData).statusCode(400).body("errors[0].field", equalTo("categories[0]"));
    }

    @Test
    void accessLongerThanTwelveMonthsIsRefused() {
        Consents.ask(COACH, Consents.body(TestUsers.GERMAINE.id(), Consents.ENERGY, 366, null, null)).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("accessDays"));
        Consents.ask(COACH, Consents.body(TestUsers.GERMAINE.id(), Consents.ENERGY, 365, null, null)).statusCode(201)
                .body("accessDays", equalTo(365));
    }

    @Test
    void everyOtherInvalidFieldIsNamed() {
        var body = Consents.body(TestUsers.GERMAINE);
        body.put("purpose", Map.of("code", "dpv:Marketing", "textFr", "x", "textEn", "y"));
        Consents.ask(COACH, body).statusCode(400).body("errors[0].field", equalTo("purpose.code"));
        body = Consents.body(TestUsers.GERMAINE);
        body.put("purpose", Map.of("code", "dpv:ServiceProvision", "textFr", "x"));
        Consents.ask(COACH, body).statusCode(400).body("errors[0].field", equalTo("purpose.textEn"));
        body = Consents.body(TestUsers.GERMAINE);
        body.remove("personId");
        Consents.ask(COACH, body).statusCode(400).body("errors[0].field", equalTo("personId"));
        body = Consents.body(TestUsers.GERMAINE);
        body.remove("accessDays");
        Consents.ask(COACH, body).statusCode(400).body("errors[0].field", equalTo("accessDays"));
        body = Consents.body(TestUsers.GERMAINE);
        body.put("dataTo", "2025-01-01T00:00:00Z");
        Consents.ask(COACH, body).statusCode(400).body("errors[0].field", equalTo("dataTo"));
        given().auth().oauth2(TestTokens.app(COACH)).queryParam("status", "SLEEPING").when().get("/api/v1/apps/me/consents").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
