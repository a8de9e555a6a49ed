package fr.mesinfos.opendata.services;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.events.Category;
import fr.mesinfos.opendata.personal.CrossDataConsents;
import fr.mesinfos.opendata.vault.PersonTraffic;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A person sees each cross-data service with what it needs and whether she consented; asking again for what she
 * consented to is a conflict; an unknown service is 404; when the consent service cannot take the request nothing is
 * asked (502). Camille never consents in this JVM; Gerard consents to both categories here.
 */
@QuarkusTest
class CrossDataServicesResourceTest {
    private static final String PATH = "/api/v1/me/services";

    @Inject
    CrossDataConsents consents;

    @BeforeEach
    void consentsRead() throws InterruptedException {
        PersonTraffic.await("consent states read", Duration.ofSeconds(60), consents::caughtUp);
    }

    @Test
    void withoutConsentEveryServiceSaysWhatItNeeds() {
        given().auth().oauth2(Tokens.user(TestUsers.CAMILLE)).when().get(PATH).then().statusCode(200)
                .body("id", contains("air-exposure", "energy-weather", "transit-trips"))
                .body("app", everyItem(equalTo("mesinfos-cross-data")))
                .body("ready", everyItem(equalTo(false)))
                .body("find { it.id == 'energy-weather' }.missing.id", contains("edf.daily-consumption"))
                .body("find { it.id == 'air-exposure' }.missing.id", contains("orange.geolocation"))
                .body("find { it.id == 'air-exposure' }.missing.nameFr", contains("Géolocalisation du mobile"));
    }

    @Test
    void withConsentTheServicesAreReadyAndAskingAgainIsAConflict() throws Exception {
        String gerard = TestUsers.GERARD.id();
        PersonTraffic.consentToCrossData(gerard, Category.ORANGE_GEOLOCATION, Category.EDF_DAILY_CONSUMPTION);
        PersonTraffic.await("Gerard's consent seen", Duration.ofSeconds(60), () -> consents.missing(gerard,
                List.of(Category.ORANGE_GEOLOCATION, Category.EDF_DAILY_CONSUMPTION), Instant.now()).isEmpty());
        String token = Tokens.user(TestUsers.GERARD);
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200)
                .body("ready", everyItem(equalTo(true)))
                .body("find { it.id == 'transit-trips' }.missing", equalTo(List.of()));
        given().auth().oauth2(token).when().post(PATH + "/energy-weather/consent-request").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://mesinfos.fr/problems/already-consented"));
    }

    @Test
    void anUnknownServiceIsNotFoundAndAnUnreachableConsentServiceAsksNothing() {
        String token = Tokens.user(TestUsers.CAMILLE);
        given().auth().oauth2(token).when().post(PATH + "/weather-oracle/consent-request").then().statusCode(404)
                .contentType("application/problem+json");
        // the tests' consent service address has nobody listening
        given().auth().oauth2(token).when().post(PATH + "/air-exposure/consent-request").then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mesinfos.fr/problems/consent-service-unavailable"));
    }

    @Test
    void onlyAPersonMaySeeOrAsk() {
        for (String token : List.of(Tokens.partner("edf"), Tokens.app("demo-energy-coach"), Tokens.user(TestUsers.OPERATOR))) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(403);
            given().auth().oauth2(token).when().post(PATH + "/air-exposure/consent-request").then().statusCode(403);
        }
        given().when().get(PATH).then().statusCode(401);
        given().when().post(PATH + "/air-exposure/consent-request").then().statusCode(401);
    }
}
