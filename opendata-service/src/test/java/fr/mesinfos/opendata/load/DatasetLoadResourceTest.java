package fr.mesinfos.opendata.load;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.mesinfos.opendata.publicdata.Weather;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Operators load datasets from a path or URL and read the reports; developers read them; nobody else does either. */
@QuarkusTest
class DatasetLoadResourceTest {
    private static final String WEATHER_LOADS = "/api/v1/datasets/opendata.weather/loads";

    @Inject
    Weather weather;

    @Test
    void operatorLoadsAFileAndGetsTheReport() {
        String file = Resources.path("load/meteo-rest.csv").toString();

        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"source\": \"" + file + "\"}")
                .when().post(WEATHER_LOADS)
                .then().statusCode(200)
                .body("dataset", equalTo("opendata.weather"))
                .body("source", equalTo(file))
                .body("rowsRead", equalTo(3))
                .body("loaded", equalTo(2))
                .body("published", equalTo(2))
                .body("rejected.line", contains(3))
                .body("rejected.reason", contains("TN (minimum) must not exceed TX (maximum)"))
                .body("startedAt", notNullValue())
                .body("finishedAt", notNullValue());
        // no TM: the mean of TN and TX
        assertEquals(1.5, weather.of("69029", LocalDate.of(2027, 1, 6)).orElseThrow().meanTemperatureC());

        for (TestUsers reader : new TestUsers[] {TestUsers.OPERATOR, TestUsers.DEVELOPER}) {
            given().auth().oauth2(Tokens.user(reader)).when().get(WEATHER_LOADS)
                    .then().statusCode(200)
                    .body("source", hasItem(file));
        }
    }

    @Test
    void withoutASourceTheConfiguredOneIsLoaded() {
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/datasets/communes/loads")
                .then().statusCode(200)
                .body("source", equalTo("classpath:opendata/communes-lyon.geojson"))
                .body("rowsRead", equalTo(7))
                .body("loaded", equalTo(7))
                .body("published", equalTo(0));
    }

    @Test
    void anUnreadableSourceIs422NamingSource() {
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"source\": \"/no/such/meteo.csv\"}")
                .when().post(WEATHER_LOADS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].reason", equalTo("no such file or folder"));
        // the failed load is reported too
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).when().get(WEATHER_LOADS)
                .then().statusCode(200)
                .body("failure", hasItem("source: no such file or folder"));
    }

    @Test
    void aFileOfAnotherFormatIs422NamingSource() {
        String geojson = Resources.path("load/communes-malformed.geojson").toString();
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"source\": \"" + geojson + "\"}")
                .when().post("/api/v1/datasets/opendata.air-quality/loads")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].reason", containsString("the header lacks the column(s)"));
    }

    @Test
    void anUnknownDatasetIs404Problem() {
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/datasets/opendata.pollen/loads")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("opendata.pollen"));
        given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).when().get("/api/v1/datasets/opendata.pollen/loads")
                .then().statusCode(404);
    }

    @Test
    void personsAppsAndDevelopersCannotLoad() {
        for (String token : new String[] {Tokens.user(TestUsers.CAMILLE), Tokens.app("demo-energy-coach"), Tokens.user(TestUsers.DEVELOPER)}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                    .when().post(WEATHER_LOADS)
                    .then().statusCode(403);
        }
        for (String token : new String[] {Tokens.user(TestUsers.CAMILLE), Tokens.app("demo-energy-coach")}) {
            given().auth().oauth2(token).when().get(WEATHER_LOADS).then().statusCode(403);
        }
    }

    @Test
    void noTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body("{}").when().post(WEATHER_LOADS).then().statusCode(401);
        given().when().get(WEATHER_LOADS).then().statusCode(401);
    }
}
