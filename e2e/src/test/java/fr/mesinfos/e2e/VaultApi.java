package fr.mesinfos.e2e;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import fr.mesinfos.testkit.platform.PlatformProcesses;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The vault as a person sees it through its API: her summary, her records of a category, her export and erasure. */
final class VaultApi {
    private final PlatformProcesses platform;

    VaultApi(PlatformProcesses platform) {
        this.platform = platform;
    }

    JsonPath summary(TestUsers person) {
        return given().baseUri(url()).auth().oauth2(Tokens.user(person))
                .when().get("/api/v1/me/summary").then().statusCode(200).extract().jsonPath();
    }

    /** How many records of the category the summary counts for the person (0 when none). */
    static long count(JsonPath summary, String category) {
        Long held = summary.getObject("find { it.category == '" + category + "' }.count", Long.class);
        return held == null ? 0 : held;
    }

    /** How many records the person's summary counts, by category id (sorted; empty when she holds nothing). */
    Map<String, Long> counts(TestUsers person) {
        JsonPath summary = summary(person);
        Map<String, Long> counts = new TreeMap<>();
        for (String category : summary.<String>getList("category")) {
            counts.put(category, count(summary, category));
        }
        return counts;
    }

    /** Every record id of the person's in the category, oldest first, every page (a record held twice would show twice). */
    List<String> eventIds(TestUsers person, String category) {
        List<String> ids = new ArrayList<>();
        String token = Tokens.user(person);
        String cursor = null;
        do {
            var request = given().baseUri(url()).auth().oauth2(token).queryParam("limit", 1000).queryParam("order", "oldest");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/me/records/" + category).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.eventId"));
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }

    byte[] export(TestUsers person) {
        return given().baseUri(url()).auth().oauth2(Tokens.user(person))
                .when().get("/api/v1/me/export").then().statusCode(200).extract().asByteArray();
    }

    void eraseEverything(TestUsers person) {
        given().baseUri(url()).auth().oauth2(Tokens.user(person)).contentType(ContentType.JSON)
                .body(Map.of("scope", "ALL")).when().post("/api/v1/me/erasures").then().statusCode(201);
    }

    /** A counter of the vault's Prometheus metrics (/q/metrics, since its last start); 0 when not exported yet. */
    double counter(String name) {
        String metrics = given().baseUri(url()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private String url() {
        return platform.url(Service.VAULT);
    }
}
