package fr.mesinfos.vault;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A person pages through their own records by time range, in both orders; nobody else's record ever shows. */
@QuarkusTest
class RecordsResourceTest {
    private static final Instant JAN = Instant.parse("2026-01-10T00:00:00Z");

    @Inject
    VaultFixtures vault;

    @BeforeEach
    void seed() {
        vault.clear();
        vault.store(TestUsers.GERMAINE.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERMAINE, JAN, 5, 1200));
        vault.store(TestUsers.GERMAINE.id(), List.of(VaultFixtures.fix("33612345678", JAN)));
        vault.store(TestUsers.GERARD.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERARD, JAN, 3, 400));
    }

    private static JsonPath page(TestUsers user, String query) {
        return given().auth().oauth2(Tokens.user(user)).when().get("/api/v1/me/records/edf.load-curve" + query)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void pagesNewestFirstWithACursorUntilTheEnd() {
        List<String> starts = new ArrayList<>();
        String query = "?limit=2";
        int pages = 0;
        while (true) {
            JsonPath page = page(TestUsers.GERMAINE, query);
            pages++;
            starts.addAll(page.getList("items.payload.start"));
            String next = page.getString("next");
            if (next == null) {
                break;
            }
            query = "?limit=2&cursor=" + next;
        }
        assertEquals(3, pages);
        assertEquals(List.of("2026-01-10T02:00:00Z", "2026-01-10T01:30:00Z", "2026-01-10T01:00:00Z", "2026-01-10T00:30:00Z",
                "2026-01-10T00:00:00Z"), starts);
    }

    @Test
    void pagesOldestFirstInATimeRange() {
        JsonPath first = page(TestUsers.GERMAINE, "?order=oldest&limit=2&from=2026-01-10T00:30:00Z&to=2026-01-10T02:00:00Z");
        assertEquals(List.of("2026-01-10T00:30:00Z", "2026-01-10T01:00:00Z"), first.getList("items.time"));
        assertEquals(1200.0f, first.getFloat("items[0].payload.value"));
        assertTrue(given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/records/edf.load-curve?limit=1")
                .then().extract().asString().contains("\"value\":1200,"), "decimals written plain");
        JsonPath second = page(TestUsers.GERMAINE, "?order=oldest&limit=2&from=2026-01-10T00:30:00Z&to=2026-01-10T02:00:00Z&cursor="
                + first.getString("next"));
        assertEquals(List.of("2026-01-10T01:30:00Z"), second.getList("items.time"), "to is exclusive");
        assertEquals(null, second.getString("next"));
    }

    @Test
    void anotherPersonSeesOnlyTheirOwnEvenWithSomeoneElsesCursor() {
        JsonPath germaine = page(TestUsers.GERMAINE, "?limit=1");
        String body = given().auth().oauth2(Tokens.user(TestUsers.GERARD))
                .when().get("/api/v1/me/records/edf.load-curve?limit=10&cursor=" + germaine.getString("next"))
                .then().statusCode(200).extract().asString();
        assertTrue(!body.contains(VaultFixtures.PRM_GERMAINE) && !body.contains("1200"), "nothing of Germaine's: " + body);
        JsonPath gerard = page(TestUsers.GERARD, "?limit=10");
        assertEquals(3, gerard.getList("items").size());
        assertTrue(gerard.getList("items.payload.usagePointId").stream().allMatch(VaultFixtures.PRM_GERARD::equals));
        given().auth().oauth2(Tokens.user(TestUsers.CAMILLE)).when().get("/api/v1/me/records/edf.load-curve")
                .then().statusCode(200).body("items", hasSize(0)).body("next", nullValue());
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        String token = Tokens.user(TestUsers.GERMAINE);
        String[][] cases = {
                {"?from=yesterday", "from"}, {"?to=2026-13-01", "to"}, {"?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to"},
                {"?limit=0", "limit"}, {"?limit=1001", "limit"}, {"?limit=ten", "limit"}, {"?order=sideways", "order"},
                {"?cursor=not-a-cursor", "cursor"},
        };
        for (String[] bad : cases) {
            given().auth().oauth2(token).when().get("/api/v1/me/records/edf.load-curve" + bad[0])
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
        String oldestCursor = page(TestUsers.GERMAINE, "?order=oldest&limit=1").getString("next");
        given().auth().oauth2(token).when().get("/api/v1/me/records/edf.load-curve?order=newest&cursor=" + oldestCursor)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(token).when().get("/api/v1/me/records/edf.nothing")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("edf.nothing"));
        given().auth().oauth2(token).when().get("/api/v1/me/records/opendata.weather").then().statusCode(404);
    }

    @Test
    void onlyPersonsMayBrowse() {
        given().when().get("/api/v1/me/records/edf.load-curve").then().statusCode(401);
        given().auth().oauth2(Tokens.partner("edf")).when().get("/api/v1/me/records/edf.load-curve")
                .then().statusCode(403).body(not(containsString(VaultFixtures.PRM_GERMAINE)));
        given().auth().oauth2(Tokens.app("demo-energy-coach")).when().get("/api/v1/me/records/edf.load-curve").then().statusCode(403);
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).when().get("/api/v1/me/records/edf.load-curve").then().statusCode(403);
    }
}
