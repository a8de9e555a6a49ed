package fr.mesinfos.opendata.exposure;

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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.events.Category;
import fr.mesinfos.opendata.load.Dataset;
import fr.mesinfos.opendata.load.DatasetLoads;
import fr.mesinfos.opendata.personal.CrossDataConsents;
import fr.mesinfos.opendata.publicdata.AirQuality;
import fr.mesinfos.opendata.publicdata.Communes;
import fr.mesinfos.opendata.vault.PersonTraffic;
import fr.mesinfos.opendata.vault.VaultProcess;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The air-exposure API: only the person, only under their consent for orange.geolocation (else 403 naming it and no
 * figure), clear 400s; with consent, end to end through Kafka and the real vault, the hand-computed figures of
 * ExposureCalculatorTest.
 */
@QuarkusTest
@WithTestResource(VaultProcess.class)
class AirExposureResourceTest {
    private static final String PATH = "/api/v1/me/air-exposure";
    private static final long H = 3600;

    @Inject
    Communes communes;

    @Inject
    AirQuality airQuality;

    @Inject
    CrossDataConsents consents;

    @Inject
    DatasetLoads loads;

    @BeforeEach
    void publicDataAndConsentsLoaded() throws InterruptedException {
        communes.replaceAll(ExposureFixtures.communes());
        airQuality.putAll(ExposureFixtures.indices());
        PersonTraffic.await("consent states read", Duration.ofSeconds(60), consents::caughtUp);
    }

    /** The other tests of this application see the communes the service loads, not this test's two squares. */
    @AfterEach
    void communesLoadedAgain() {
        loads.load(Dataset.COMMUNES, null);
    }

    @Test
    void withoutConsentItNamesTheMissingCategoryAndComputesNothing() {
        given().auth().oauth2(Tokens.user(TestUsers.CAMILLE))
                .queryParam("period", "day").queryParam("date", "2026-01-15")
                .when().get(PATH)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("app", equalTo("mesinfos-cross-data"))
                .body("missingConsents.category", equalTo(List.of("orange.geolocation")))
                .body("total", nullValue())
                .body("days", nullValue());
    }

    @Test
    void onlyPersons() {
        for (String token : List.of(Tokens.partner("orange"), Tokens.app("demo-energy-coach"), Tokens.user(TestUsers.OPERATOR))) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(403).body("total", nullValue());
        }
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void badParametersAreNamed() {
        String token = Tokens.user(TestUsers.CAMILLE);
        given().auth().oauth2(token).queryParam("period", "year").when().get(PATH)
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", hasItem("period"));
        given().auth().oauth2(token).queryParam("date", "not-a-date").when().get(PATH)
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", hasItem("date"));
    }

    /** Germaine's fixes reach the vault from Orange's topic; the answer is the day and week computed by hand. */
    @Test
    void withConsentTheFiguresAreTheHandComputedOnes() throws Exception {
        String person = TestUsers.GERMAINE.id();
        PersonTraffic.consentToCrossData(person, Category.ORANGE_GEOLOCATION);
        PersonTraffic.await("the consent seen by the service", Duration.ofSeconds(60),
                () -> consents.missing(person, List.of(Category.ORANGE_GEOLOCATION), Instant.now()).isEmpty());
        PersonTraffic.publish(person, ExposureFixtures.fixes());
        String token = Tokens.user(TestUsers.GERMAINE);

        // the vault stores the fixes a moment later: ask until the week holds every fix's time (13 h observed)
        PersonTraffic.await("every fix stored by the vault", Duration.ofSeconds(90), () -> {
            Response response = given().auth().oauth2(token).queryParam("period", "week").queryParam("date", "2026-01-15").get(PATH);
            return response.statusCode() == 200 && response.jsonPath().getLong("total.untracked.seconds") == 155 * H;
        });

        // ExposureCalculatorTest.oneDay: level 2 = 5 h, level 4 = 3 h, unknown 1 h, untracked 15 h
        JsonPath day = given().auth().oauth2(token).queryParam("period", "day").queryParam("date", "2026-01-15")
                .when().get(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals("day", day.getString("period"));
        assertEquals("2026-01-15", day.getString("from"));
        assertEquals(List.of(0L, 5 * H, 0L, 3 * H, 0L, 0L), seconds(day, "total.levels"));
        assertEquals(List.of("bon", "moyen", "dégradé", "mauvais", "très mauvais", "extrêmement mauvais"), day.getList("total.levels.label"));
        assertEquals(5.0, day.getDouble("total.levels[1].hours"));
        assertEquals(1 * H, day.getLong("total.unknown.seconds"));
        assertEquals(15 * H, day.getLong("total.untracked.seconds"));
        assertEquals(List.of("69901", "69902"), day.getList("total.communes.inseeCode"));
        assertEquals(List.of("Alpha", "Beta"), day.getList("total.communes.name"));

        // ExposureCalculatorTest.isoWeekSplitsIntervalsAtParisMidnight: 2 = 5 h, 3 = 1 h, 4 = 3 h, unknown 4 h, untracked 155 h
        JsonPath week = given().auth().oauth2(token).queryParam("period", "week").queryParam("date", "2026-01-15")
                .when().get(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals("2026-01-12", week.getString("from"));
        assertEquals("2026-01-18", week.getString("to"));
        assertEquals(List.of(0L, 5 * H, 1 * H, 3 * H, 0L, 0L), seconds(week, "total.levels"));
        assertEquals(4 * H, week.getLong("total.unknown.seconds"));
        assertEquals(7, week.getList("days").size());
        assertEquals("2026-01-16", week.getString("days[4].date"));
        assertEquals(List.of(0L, 0L, 1 * H, 0L, 0L, 0L), seconds(week, "days[4].levels"));
        assertEquals(2 * H, week.getLong("days[4].unknown.seconds"));
    }

    private static List<Long> seconds(JsonPath json, String levels) {
        return json.getList(levels + ".seconds", Number.class).stream().map(Number::longValue).toList();
    }
}
