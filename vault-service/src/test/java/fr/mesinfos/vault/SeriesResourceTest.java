package fr.mesinfos.vault;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A person's load curve and daily consumption come back as energy per hour, day or month in Paris time. */
@QuarkusTest
class SeriesResourceTest {
    /** Midnight in Paris on 28 March 2026; the clocks go forward the night after (a 23-hour day). */
    private static final Instant MARCH_28 = Instant.parse("2026-03-27T23:00:00Z");

    @Inject
    VaultFixtures vault;

    @BeforeEach
    void seed() {
        vault.clear();
        // 28 March (48 half-hours) and 29 March (46 half-hours) at 1000 W: 500 Wh each
        vault.store(TestUsers.GERMAINE.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERMAINE, MARCH_28, 94, 1000));
        vault.store(TestUsers.GERARD.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERARD, MARCH_28, 94, 3000));
        vault.store(TestUsers.GERMAINE.id(), List.of(
                VaultFixtures.day(VaultFixtures.PRM_GERMAINE, LocalDate.of(2026, 3, 1), 10_000, DailyConsumption.Origin.ENEDIS_DAILY_ENERGY),
                VaultFixtures.day(VaultFixtures.PRM_GERMAINE, LocalDate.of(2026, 3, 1), 99_999, DailyConsumption.Origin.EDF_BILLING_STATEMENT),
                VaultFixtures.day(VaultFixtures.PRM_GERMAINE, LocalDate.of(2026, 3, 2), 7_000, DailyConsumption.Origin.EDF_BILLING_STATEMENT)));
    }

    private static JsonPath series(TestUsers user, String category, String query) {
        return given().auth().oauth2(Tokens.user(user)).when().get("/api/v1/me/records/" + category + "/series" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void dailyBucketsFollowParisDaysIncludingTheDstChange() {
        JsonPath days = series(TestUsers.GERMAINE, "edf.load-curve", "?step=day&from=2026-03-27T23:00:00Z&to=2026-03-29T22:00:00Z");
        assertEquals(List.of("2026-03-28", "2026-03-29"), days.getList("buckets.label"));
        assertEquals(24_000.0f, days.getFloat("buckets[0].energyWh"));
        assertEquals(48, days.getInt("buckets[0].points"));
        assertEquals(23_000.0f, days.getFloat("buckets[1].energyWh"), "23-hour day");
        assertEquals(47_000.0f, days.getFloat("totalWh"));
        assertEquals("Wh", days.getString("unit"));
    }

    @Test
    void hourAndMonthSteps() {
        JsonPath hours = series(TestUsers.GERMAINE, "edf.load-curve", "?step=hour&from=2026-03-28T22:00:00Z&to=2026-03-29T03:00:00Z");
        assertEquals(List.of("2026-03-28T23:00", "2026-03-29T00:00", "2026-03-29T01:00", "2026-03-29T03:00", "2026-03-29T04:00"),
                hours.getList("buckets.label"), "no 02:00 on the night of the change");
        assertEquals(List.of(1000.0f, 1000.0f, 1000.0f, 1000.0f, 1000.0f), hours.getList("buckets.energyWh"));
        JsonPath months = series(TestUsers.GERMAINE, "edf.load-curve", "?step=month&from=2026-02-01T00:00:00Z&to=2026-04-30T00:00:00Z");
        assertEquals(List.of("2026-02", "2026-03", "2026-04"), months.getList("buckets.label"));
        assertEquals(List.of(0.0f, 47_000.0f, 0.0f), months.getList("buckets.energyWh"));
    }

    @Test
    void eachPersonGetsTheirOwnSeries() {
        JsonPath gerard = series(TestUsers.GERARD, "edf.load-curve", "?step=month&from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z");
        assertEquals(141_000.0f, gerard.getFloat("totalWh"));
        JsonPath camille = series(TestUsers.CAMILLE, "edf.load-curve", "?step=month&from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z");
        assertEquals(0.0f, camille.getFloat("totalWh"));
    }

    @Test
    void dailyConsumptionCountsEachDayOnceEnedisFirst() {
        JsonPath days = series(TestUsers.GERMAINE, "edf.daily-consumption", "?step=day&from=2026-02-28T23:00:00Z&to=2026-03-02T23:00:00Z");
        assertEquals(List.of(10_000.0f, 7_000.0f), days.getList("buckets.energyWh"));
    }

    @Test
    void badRequestsNameTheField() {
        String token = Tokens.user(TestUsers.GERMAINE);
        given().auth().oauth2(token).when().get("/api/v1/me/records/edf.contract/series")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("category"));
        given().auth().oauth2(token).when().get("/api/v1/me/records/edf.load-curve/series?step=week")
                .then().statusCode(400).body("errors[0].field", equalTo("step"));
        given().auth().oauth2(token).when().get("/api/v1/me/records/edf.load-curve/series?step=hour&from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("step"));
        given().when().get("/api/v1/me/records/edf.load-curve/series").then().statusCode(401);
        given().auth().oauth2(Tokens.app("demo-energy-coach")).when().get("/api/v1/me/records/edf.load-curve/series").then().statusCode(403);
    }
}
