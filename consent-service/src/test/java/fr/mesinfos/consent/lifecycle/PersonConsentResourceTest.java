package fr.mesinfos.consent.lifecycle;

import static fr.mesinfos.consent.TestTokens.COACH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.Db;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A person sees their consents, approves (narrowing, never widening), refuses, withdraws at once, reads the history. */
@QuarkusTest
class PersonConsentResourceTest {

    @Test
    void aPersonListsAllTheirConsentsWithStatusAndOnlyTheirs() {
        String mine = Consents.requested(COACH, TestUsers.GERMAINE);
        String other = Consents.requested(COACH, TestUsers.GERARD);
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/consents").then().statusCode(200)
                .body("id", hasItem(mine)).body("id", not(hasItem(other)))
                .body("personId", everyItem(equalTo(TestUsers.GERMAINE.id())))
                .body("find { it.id == '" + mine + "' }.status", equalTo("REQUESTED"));
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/consents/pending").then().statusCode(200)
                .body("id", hasItem(mine)).body("status", everyItem(equalTo("REQUESTED")));
    }

    @Test
    void approvingAsAskedMakesItActiveForTheAskedAccessPeriod() {
        String id = Consents.requested(COACH, TestUsers.GERMAINE);
        var approved = Consents.act(TestUsers.GERMAINE, id, "approve", Map.of()).statusCode(200)
                .body("status", equalTo("ACTIVE")).body("categories", equalTo(Consents.ENERGY))
                .body("grantedAt", notNullValue()).extract();
        Instant granted = Instant.parse(approved.path("grantedAt"));
        assertEquals(granted.plus(Duration.ofDays(90)), Instant.parse(approved.path("expiresAt")));
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/consents/pending").then()
                .body("id", not(hasItem(id)));
    }

    @Test
    void approvalMayNarrowEverything() {
        String id = Consents.requested(COACH, TestUsers.GERMAINE);
        Consents.act(TestUsers.GERMAINE, id, "approve", Map.of("categories", List.of("edf.daily-consumption"), "accessDays", 30,
                "dataFrom", "2026-03-01T00:00:00Z", "dataTo", "2026-06-01T00:00:00Z")).statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("categories", equalTo(List.of("edf.daily-consumption")))
                .body("accessDays", equalTo(30))
                .body("dataFrom", equalTo("2026-03-01T00:00:00Z"))
                .body("dataTo", equalTo("2026-06-01T00:00:00Z"));
    }

    @Test
    void approvalNeverWidensAndTheProblemNamesTheField() {
        String id = Consents.requested(COACH, TestUsers.GERMAINE);
        Map<String, Map<String, Object>> widenings = Map.of(
                "categories[1]", Map.of("categories", List.of("edf.load-curve", "orange.geolocation")),
                "accessDays", Map.of("accessDays", 91),
                "dataFrom", Map.of("dataFrom", "2025-12-31T23:59:59Z"),
                "dataTo", Map.of("dataTo", "2027-01-01T00:00:01Z"));
        widenings.forEach((field, body) -> Consents.act(TestUsers.GERMAINE, id, "approve", body).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field)));
        Consents.get(TestUsers.GERMAINE, id).body("status", equalTo("REQUESTED"));
    }

    @Test
    void refusingRejectsTheRequest() {
        String id = Consents.requested(COACH, TestUsers.GERMAINE);
        Consents.act(TestUsers.GERMAINE, id, "refuse", Map.of("reason", "not interested")).statusCode(200)
                .body("status", equalTo("REJECTED")).body("ended.by", equalTo("person"))
                .body("ended.channel", equalTo("personal-space")).body("ended.reason", equalTo("not interested"));
    }

    @Test
    void withdrawalIsOneCallAndCommittedBeforeTheAnswer() throws Exception {
        String id = Consents.active(COACH, TestUsers.GERMAINE);
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().post("/api/v1/me/consents/" + id + "/withdraw").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN")).body("ended.at", notNullValue());
        // read straight from the database, right after the answer: no later step is needed
        assertEquals("WITHDRAWN", Db.value("SELECT status FROM consent WHERE id = ?", UUID.fromString(id)));
    }

    @Test
    void aBodyThatIsNotWhatTheActionTakesIsABadRequestNamingTheField() {
        String id = Consents.requested(COACH, TestUsers.GERMAINE);
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).contentType(ContentType.JSON).body("{\"accessDays\":\"soon\"}")
                .when().post("/api/v1/me/consents/" + id + "/approve").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("accessDays"));
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).contentType(ContentType.JSON).body("{\"reason\":\"" + "x".repeat(501) + "\"}")
                .when().post("/api/v1/me/consents/" + id + "/refuse").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Consents.get(TestUsers.GERMAINE, id).body("status", equalTo("REQUESTED"));
    }

    @Test
    void theHistoryRecordsWhoWhenChannelNoticeVersionAndStatus() {
        String id = Consents.active(COACH, TestUsers.GERMAINE);
        Consents.act(TestUsers.GERMAINE, id, "withdraw", Map.of("reason", "moving out")).statusCode(200);
        given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/consents/" + id + "/history").then()
                .statusCode(200).body("", hasSize(3))
                .body("action", equalTo(List.of("REQUEST", "APPROVE", "WITHDRAW")))
                .body("toStatus", equalTo(List.of("REQUESTED", "ACTIVE", "WITHDRAWN")))
                .body("actor", equalTo(List.of("app:" + COACH, "person", "person")))
                .body("channel", equalTo(List.of("app-api", "personal-space", "personal-space")))
                .body("consentVersion", everyItem(equalTo(1)))
                .body("noticeVersion", everyItem(containsString("sha256:")))
                .body("[2].reason", equalTo("moving out"))
                .body("at", everyItem(notNullValue()));
    }

    @Test
    void anotherPersonsConsentIsNotFoundOnEveryEndpointAndNothingOfItIsShown() {
        String germaines = Consents.active(COACH, TestUsers.GERMAINE);
        String path = "/api/v1/me/consents/" + germaines;
        String token = TestTokens.user(TestUsers.GERARD);
        for (var response : List.of(
                given().auth().oauth2(token).when().get(path).then(),
                given().auth().oauth2(token).when().get(path + "/history").then(),
                given().auth().oauth2(token).when().get(path + "/receipts").then(),
                given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").when().post(path + "/approve").then(),
                given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").when().post(path + "/refuse").then(),
                given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").when().post(path + "/withdraw").then())) {
            response.statusCode(404).contentType("application/problem+json")
                    .body(not(containsString(TestUsers.GERMAINE.id()))).body(not(containsString(COACH)))
                    .body(not(containsString("edf.load-curve"))).body(not(containsString("ACTIVE")));
        }
        Consents.get(TestUsers.GERMAINE, germaines).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(token).when().get("/api/v1/me/consents/" + UUID.randomUUID()).then().statusCode(404);
    }
}
