package fr.mesinfos.personal.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;

/** The services' own APIs, for what the tests set up (an app's request) and check (a consent's state, the vault's holdings). */
final class PlatformApis {
    static final String COACH = "demo-energy-coach";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String vault;
    private final String consent;

    PlatformApis(String vault, String consent) {
        this.vault = vault;
        this.consent = consent;
    }

    /** The app asks the person for these categories (90 days, plain words in French and English); the consent id. */
    String requestConsent(String appId, TestUsers person, List<String> categories) throws Exception {
        Map<String, Object> body = Map.of("personId", person.id(), "categories", categories,
                "purpose", Map.of("code", "dpv:ServiceProvision",
                        "textFr", "Vous conseiller pour réduire votre consommation d'électricité",
                        "textEn", "Advise you on reducing your electricity use"),
                "accessDays", 90, "oneOff", false);
        JsonNode created = send("POST", consent + "/api/v1/apps/me/consent-requests", Tokens.app(appId), JSON.writeValueAsString(body), 201);
        return created.path("id").asText();
    }

    /** The consent as the app sees it (status, categories). */
    JsonNode appConsent(String appId, String id) throws Exception {
        return send("GET", consent + "/api/v1/apps/me/consents/" + id, Tokens.app(appId), null, 200);
    }

    /** The vault's summary for the person: category id → count. */
    Map<String, Long> holdings(TestUsers person) throws Exception {
        JsonNode summary = send("GET", vault + "/api/v1/me/summary", Tokens.user(person), null, 200);
        Map<String, Long> counts = new java.util.TreeMap<>();
        summary.forEach(line -> counts.put(line.path("category").asText(), line.path("count").asLong()));
        return counts;
    }

    private static JsonNode send(String method, String url, String token, String body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
