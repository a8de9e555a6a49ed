package fr.mesinfos.consent;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.mesinfos.testkit.TestUsers;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Drives consents through the public API as apps and persons do, for the tests. */
public final class Consents {
    public static final List<String> ENERGY = List.of("edf.load-curve", "edf.daily-consumption");

    private Consents() {
    }

    /** A consent request body: categories, purpose (dpv:ServiceProvision, FR and EN text), access days, data period. */
    public static Map<String, Object> body(String personId, List<String> categories, int accessDays, Instant dataFrom, Instant dataTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId);
        body.put("categories", categories);
        body.put("purpose", Map.of("code", "dpv:ServiceProvision",
                "textFr", "Vous conseiller pour réduire votre consommation d'électricité",
                "textEn", "Advise you on reducing your electricity use"));
        body.put("accessDays", accessDays);
        if (dataFrom != null) {
            body.put("dataFrom", dataFrom.toString());
        }
        if (dataTo != null) {
            body.put("dataTo", dataTo.toString());
        }
        body.put("oneOff", false);
        return body;
    }

    public static Map<String, Object> body(TestUsers person) {
        return body(person.id(), ENERGY, 90, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
    }

    public static ValidatableResponse ask(String appId, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.app(appId)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/apps/me/consent-requests").then();
    }

    /** A new REQUESTED consent of the person to the app; its id. */
    public static String requested(String appId, TestUsers person) {
        return ask(appId, body(person)).statusCode(201).extract().path("id");
    }

    /** A new ACTIVE consent (requested, then approved as asked); its id. */
    public static String active(String appId, TestUsers person) {
        String id = requested(appId, person);
        act(person, id, "approve", Map.of()).statusCode(200);
        return id;
    }

    /** A person's action (approve, refuse, withdraw) on a consent, with a JSON body. */
    public static ValidatableResponse act(TestUsers person, String id, String action, Map<String, ?> body) {
        return given().auth().oauth2(TestTokens.user(person)).contentType(ContentType.JSON).body(new HashMap<>(body))
                .when().post("/api/v1/me/consents/" + id + "/" + action).then();
    }

    public static ValidatableResponse terminate(String appId, String id, String reason) {
        return given().auth().oauth2(TestTokens.app(appId)).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/api/v1/apps/me/consents/" + id + "/terminate").then();
    }

    public static ValidatableResponse get(TestUsers person, String id) {
        return given().auth().oauth2(TestTokens.user(person)).when().get("/api/v1/me/consents/" + id).then();
    }

    /** Moves a consent's end of access into the past, as time would (the database check keeps the 12-month cap). */
    public static void pastExpiry(String id) throws Exception {
        Db.update("UPDATE consent SET expires_at = now() - interval '1 second', granted_at = now() - interval '2 days' WHERE id = ?",
                UUID.fromString(id));
    }

    /** Moves a request's expiry into the past. */
    public static void pastRequestExpiry(String id) throws Exception {
        Db.update("UPDATE consent SET request_expires_at = now() - interval '1 second' WHERE id = ?", UUID.fromString(id));
    }
}
