package fr.mesinfos.consent.lifecycle;

import static fr.mesinfos.consent.TestTokens.COACH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Every consent endpoint: no token 401, every role but the right one 403, the right one allowed. */
@QuarkusTest
class EndpointAccessTest {

    private record Endpoint(String method, String path, Object body, String role) {
    }

    private String id;

    @BeforeEach
    void aConsent() {
        id = Consents.active(COACH, TestUsers.GERMAINE);
    }

    private List<Endpoint> endpoints() {
        Map<String, Object> request = Consents.body(TestUsers.GERMAINE);
        Map<String, Object> amendment = Consents.body(TestUsers.GERMAINE);
        amendment.remove("personId");
        return List.of(
                new Endpoint("POST", "/api/v1/apps/me/consent-requests", request, "app"),
                new Endpoint("GET", "/api/v1/apps/me/consents", null, "app"),
                new Endpoint("GET", "/api/v1/apps/me/consents/" + id, null, "app"),
                new Endpoint("POST", "/api/v1/apps/me/consents/" + id + "/amendments", amendment, "app"),
                new Endpoint("POST", "/api/v1/apps/me/consents/" + id + "/terminate", Map.of("reason", "test"), "app"),
                new Endpoint("GET", "/api/v1/me/consents", null, "person"),
                new Endpoint("GET", "/api/v1/me/consents/pending", null, "person"),
                new Endpoint("GET", "/api/v1/me/consents/" + id, null, "person"),
                new Endpoint("GET", "/api/v1/me/consents/" + id + "/history", null, "person"),
                new Endpoint("GET", "/api/v1/me/consents/" + id + "/receipts", null, "person"),
                new Endpoint("POST", "/api/v1/me/consents/" + id + "/approve", Map.of(), "person"),
                new Endpoint("POST", "/api/v1/me/consents/" + id + "/refuse", Map.of(), "person"),
                new Endpoint("POST", "/api/v1/me/consents/" + id + "/withdraw", Map.of(), "person"));
    }

    /** Tokens of every kind of caller, by role. */
    private static Map<String, String> tokens() {
        return Map.of(
                "person", TestTokens.user(TestUsers.GERMAINE),
                "app", TestTokens.app(COACH),
                "operator", TestTokens.user(TestUsers.OPERATOR),
                "app-developer", TestTokens.user(TestUsers.DEVELOPER),
                "partner", TestTokens.partner("edf"));
    }

    private static int call(Endpoint endpoint, String token) {
        RequestSpecification spec = given();
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        if (endpoint.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(endpoint.body());
        }
        return spec.when().request(endpoint.method(), endpoint.path()).then().extract().statusCode();
    }

    @Test
    void noTokenIsUnauthorizedEverywhere() {
        for (Endpoint endpoint : endpoints()) {
            org.junit.jupiter.api.Assertions.assertEquals(401, call(endpoint, null), endpoint.method() + " " + endpoint.path());
        }
    }

    @Test
    void everyOtherRoleIsForbiddenEverywhere() {
        Map<String, String> tokens = tokens();
        for (Endpoint endpoint : endpoints()) {
            tokens.forEach((role, token) -> {
                if (!role.equals(endpoint.role())) {
                    org.junit.jupiter.api.Assertions.assertEquals(403, call(endpoint, token),
                            role + " on " + endpoint.method() + " " + endpoint.path());
                }
            });
        }
    }

    @Test
    void theRightRoleIsAllowedEverywhere() {
        Map<String, String> tokens = tokens();
        for (Endpoint endpoint : endpoints()) {
            int status = call(endpoint, tokens.get(endpoint.role()));
            // allowed: the call reaches the lifecycle (a 409 for an action the status no longer allows is still allowed)
            org.junit.jupiter.api.Assertions.assertTrue(status == 200 || status == 201 || status == 409,
                    endpoint.method() + " " + endpoint.path() + " -> " + status);
        }
    }

    @Test
    void theReceiptKeysArePublicWithoutToken() {
        given().when().get("/api/v1/receipts/jwks.json").then().statusCode(200).body(containsString("\"kty\":\"RSA\""));
    }
}
