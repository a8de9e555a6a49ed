package fr.mesinfos.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import fr.mesinfos.testkit.platform.PlatformProcesses;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The consent service as its users reach it: a developer registers an app, the app asks, persons answer. */
final class ConsentApi {
    private final PlatformProcesses platform;

    ConsentApi(PlatformProcesses platform) {
        this.platform = platform;
    }

    /** An app registered by the developer: its id and the secret returned once. */
    record App(String id, String secret) {
    }

    App register(String appId, String name) {
        String registration = "{\"appId\":\"" + appId + "\",\"name\":\"" + name + "\","
                + "\"legalEntity\":\"Coach SAS, 1 rue de la Paix, 75002 Paris\",\"contactEmail\":\"dpo@coach.example\","
                + "\"purposes\":[\"dpv:ServiceProvision\"],\"redirectUris\":[],"
                + "\"deletionPolicy\":\"Deleted within 30 days of withdrawal.\"}";
        String secret = given().baseUri(url()).auth().oauth2(Tokens.user(TestUsers.DEVELOPER))
                .contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/apps").then().statusCode(201).extract().jsonPath().getString("clientSecret");
        assertTrue(secret != null && !secret.isBlank(), "the secret, returned once");
        return new App(appId, secret);
    }

    /** The app, with its own token, asks the person for the category for 90 days; the consent's id. */
    String ask(App app, TestUsers person, String category) {
        Map<String, Object> body = Map.of("personId", person.id(), "categories", List.of(category),
                "purpose", Map.of("code", "dpv:ServiceProvision",
                        "textFr", "Vous conseiller pour réduire votre consommation d'électricité",
                        "textEn", "Advise you on reducing your electricity use"),
                "accessDays", 90, "oneOff", false);
        return given().baseUri(url()).auth().oauth2(Tokens.client(app.id(), app.secret())).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/apps/me/consent-requests").then().statusCode(201).extract().path("id");
    }

    /** The person approves, refuses, ... ({@code action}) one of her consents. */
    ValidatableResponse act(TestUsers person, String consentId, String action) {
        return given().baseUri(url()).auth().oauth2(Tokens.user(person)).contentType(ContentType.JSON)
                .body(Map.of()).when().post("/api/v1/me/consents/" + consentId + "/" + action).then();
    }

    Response withdraw(TestUsers person, String consentId, String reason) {
        return given().baseUri(url()).auth().oauth2(Tokens.user(person)).contentType(ContentType.JSON)
                .body(Map.of("reason", reason)).when().post("/api/v1/me/consents/" + consentId + "/withdraw");
    }

    String status(TestUsers person, String consentId) {
        return given().baseUri(url()).auth().oauth2(Tokens.user(person))
                .when().get("/api/v1/me/consents/" + consentId).then().statusCode(200).extract().path("status");
    }

    /** The statuses of all the person's consents. */
    List<String> statuses(TestUsers person) {
        return given().baseUri(url()).auth().oauth2(Tokens.user(person))
                .when().get("/api/v1/me/consents").then().statusCode(200).extract().jsonPath().getList("status");
    }

    private String url() {
        return platform.url(Service.CONSENT);
    }
}
