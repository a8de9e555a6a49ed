package fr.mesinfos.opendata.energy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.events.Category;
import fr.mesinfos.opendata.personal.CrossDataConsents;
import fr.mesinfos.opendata.publicdata.Weather;
import fr.mesinfos.opendata.vault.PersonTraffic;
import fr.mesinfos.opendata.vault.VaultProcess;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The energy-and-weather API: only the person, only under their consent for edf.daily-consumption (else 403 naming
 * it and no figure), clear 400s; with consent, end to end through Kafka and the real vault, the hand-computed figures
 * of EnergyWeatherCalculatorTest.
 */
@QuarkusTest
@WithTestResource(VaultProcess.class)
class EnergyWeatherResourceTest {
    private static final String PATH = "/api/v1/me/energy-weather";
    private static final double EPSILON = 1e-9;

    @Inject
    Weather weather;

    @Inject
    CrossDataConsents consents;

    @BeforeEach
    void weatherAndConsentsLoaded() throws InterruptedException {
        weather.putAll(EnergyFixtures.weather());
        PersonTraffic.await("consent states read", Duration.ofSeconds(60), consents::caughtUp);
    }

    @Test
    void withoutConsentItNamesTheMissingCategoryAndComputesNothing() {
        given().auth().oauth2(Tokens.user(TestUsers.CAMILLE)).queryParam("month", "2026-01")
                .when().get(PATH)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("app", equalTo("mesinfos-cross-data"))
                .body("missingConsents.category", equalTo(List.of("edf.daily-consumption")))
                .body("days", nullValue())
                .body("model", nullValue())
                .body("thisMonth", nullValue());
    }

    @Test
    void onlyPersons() {
        for (String token : List.of(Tokens.partner("edf"), Tokens.app("demo-energy-coach"), Tokens.user(TestUsers.OPERATOR))) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(403).body("days", nullValue());
        }
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void badParametersAreNamed() {
        String token = Tokens.user(TestUsers.CAMILLE);
        given().auth().oauth2(token).queryParam("month", "2026-13").when().get(PATH)
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", hasItem("month"));
        given().auth().oauth2(token).queryParam("month", "2026-01").queryParam("commune", "Lyon").when().get(PATH)
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", hasItem("commune"));
    }

    /** Gérard's daily readings reach the vault from EDF's topic; the answer is January 2026 computed by hand. */
    @Test
    void withConsentTheFiguresAreTheHandComputedOnes() throws Exception {
        String person = TestUsers.GERARD.id();
        PersonTraffic.consentToCrossData(person, Category.EDF_DAILY_CONSUMPTION);
        PersonTraffic.await("the consent seen by the service", Duration.ofSeconds(60),
                () -> consents.missing(person, List.of(Category.EDF_DAILY_CONSUMPTION), Instant.now()).isEmpty());
        PersonTraffic.publish(person, EnergyFixtures.readings());
        String token = Tokens.user(TestUsers.GERARD);

        // the vault stores the readings a moment later: ask until both Januaries and the fit hold every day
        PersonTraffic.await("every reading stored by the vault", Duration.ofSeconds(90), () -> {
            Response response = given().auth().oauth2(token).queryParam("month", "2026-01").queryParam("commune", EnergyFixtures.COMMUNE).get(PATH);
            return response.statusCode() == 200 && response.jsonPath().getInt("thisMonth.days") == 4
                    && response.jsonPath().getInt("yearOverYear.lastYear.days") == 4 && response.jsonPath().getInt("model.days") == 6;
        });

        // the fixtures' commune (the sample weather of 69029, the default, is loaded too); figures of EnergyWeatherCalculatorTest
        JsonPath json = given().auth().oauth2(token).queryParam("month", "2026-01").queryParam("commune", EnergyFixtures.COMMUNE)
                .when().get(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals("2026-01", json.getString("month"));
        assertEquals(EnergyFixtures.COMMUNE, json.getString("communeCode"));
        assertEquals(31, json.getList("days").size());
        assertEquals(26.0, json.getDouble("days[0].kWh"), EPSILON); // Linky reading, not the billing 99
        assertEquals("enedis-daily-energy", json.getString("days[0].source"));
        assertEquals(16.0, json.getDouble("days[0].hdd"), EPSILON);
        assertEquals("edf-billing-statement", json.getString("days[1].source"));
        assertEquals(9.3125, json.getDouble("model.baseKWhPerDay"), EPSILON);
        assertEquals(1.0625, json.getDouble("model.slopeKWhPerDegreeDay"), EPSILON);
        assertEquals(0.9676, json.getDouble("model.r2"), EPSILON);
        assertEquals(88.0, json.getDouble("thisMonth.kWh"), EPSILON);
        assertEquals(48.0, json.getDouble("thisMonth.hdd"), EPSILON);
        assertEquals(51.5, json.getDouble("thisMonth.normalHdd"), EPSILON);
        assertEquals(91.708, json.getDouble("thisMonth.normalisedKWh"), EPSILON);
        assertEquals(12, json.getList("trend.months").size());
        assertEquals(38.0, json.getDouble("trend.months[10].normalisedKWh"), EPSILON);
        assertEquals(224.79, json.getDouble("trend.percentPerYear"), EPSILON);
        assertEquals(102.0, json.getDouble("yearOverYear.lastYear.kWh"), EPSILON);
        assertEquals(98.036, json.getDouble("yearOverYear.lastYear.normalisedKWh"), EPSILON);
        assertEquals(-13.73, json.getDouble("yearOverYear.kWhChangePercent"), EPSILON);
        assertEquals(-12.73, json.getDouble("yearOverYear.hddChangePercent"), EPSILON);
        assertEquals(-6.45, json.getDouble("yearOverYear.normalisedChangePercent"), EPSILON);

        // the air-exposure service needs another category Gérard did not give
        given().auth().oauth2(token).queryParam("period", "day").queryParam("date", "2026-01-15")
                .when().get("/api/v1/me/air-exposure")
                .then().statusCode(403).body("missingConsents.category", equalTo(List.of("orange.geolocation")));
    }
}
