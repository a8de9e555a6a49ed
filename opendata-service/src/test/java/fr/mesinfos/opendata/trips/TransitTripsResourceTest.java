package fr.mesinfos.opendata.trips;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.Await;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The endpoint's guards: only a person, with well-formed days, and only with their consent of mesinfos-cross-data for
 * orange.geolocation; otherwise nothing personal is computed or answered. No test of this JVM grants Camille that
 * consent (the test broker is fresh; Germaine and Gerard get consents elsewhere), so her calls meet the consent check.
 */
@QuarkusTest
class TransitTripsResourceTest {
    private static final String PATH = "/api/v1/me/transit-trips";

    @Test
    void withoutConsentA403NamesTheMissingConsentAndNothingElse() {
        Response response = afterConsentsAreRead(Tokens.user(TestUsers.CAMILLE), "from=2026-01-12&to=2026-01-15");

        response.then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mesinfos.fr/problems/consent-required"))
                .body("app", equalTo("mesinfos-cross-data"))
                .body("missingConsents.category", contains("orange.geolocation"))
                .body("places", nullValue())
                .body("regularTrips", nullValue());
    }

    @Test
    void theDefaultPeriodAlsoNeedsTheConsent() {
        afterConsentsAreRead(Tokens.user(TestUsers.CAMILLE), "").then().statusCode(403)
                .body("missingConsents.category", contains("orange.geolocation"));
    }

    @Test
    void otherRolesAreForbidden() {
        for (String token : new String[] {Tokens.partner("orange"), Tokens.app("demo-energy-coach"), Tokens.user(TestUsers.OPERATOR)}) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(403)
                    .body("type", equalTo("https://mesinfos.fr/problems/forbidden"));
        }
    }

    @Test
    void noTokenIsUnauthorized() {
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void badParametersAre400ProblemsNamingTheField() {
        String token = Tokens.user(TestUsers.CAMILLE);
        badParameter(token, "from=2026-01-15&to=2026-01-12", "to");
        badParameter(token, "from=2026-01-01&to=2026-04-03", "to");
        badParameter(token, "from=12%2F01%2F2026&to=2026-01-15", "from");
        badParameter(token, "from=2026-01-12&to=soon", "to");
    }

    private static void badParameter(String token, String query, String field) {
        given().auth().oauth2(token).when().get(PATH + "?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString(field));
    }

    /** The service answers 503 until it has read consent.state.v1 to its end once (seconds after start). */
    private static Response afterConsentsAreRead(String token, String query) {
        Response[] last = new Response[1];
        Await.until(() -> (last[0] = given().auth().oauth2(token).when().get(PATH + (query.isEmpty() ? "" : "?" + query)))
                .statusCode() != 503, "consent states read", Duration.ofSeconds(60));
        return last[0];
    }
}
