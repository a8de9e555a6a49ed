package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.events.EventJson;

/** The consent service's public API as apps, persons and developers call it (real tokens): request, approve, withdraw, register. */
final class ConsentApi {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;

    ConsentApi(String url) {
        this.url = url;
    }

    /** The app (its token's azp) asks the person for the categories, 90 days of access, any data period; the new consent's id. */
    String request(String appToken, String personId, List<String> categories) throws IOException, InterruptedException {
        ObjectNode body = EventJson.mapper().createObjectNode().put("personId", personId);
        categories.forEach(body.putArray("categories")::add);
        body.putObject("purpose").put("code", "dpv:ServiceProvision")
                .put("textFr", "Vous conseiller pour réduire votre consommation d'électricité")
                .put("textEn", "Advise you on reducing your electricity use");
        body.put("accessDays", 90).put("oneOff", false);
        return post("/api/v1/apps/me/consent-requests", appToken, body.toString(), 201).path("id").asText();
    }

    /** The person grants the request as asked: ACTIVE. */
    void approve(String personToken, String consentId) throws IOException, InterruptedException {
        post("/api/v1/me/consents/" + consentId + "/approve", personToken, "{}", 200);
    }

    /** The person withdraws: returns once the service answered (WITHDRAWN is committed before the answer). */
    void withdraw(String personToken, String consentId) throws IOException, InterruptedException {
        post("/api/v1/me/consents/" + consentId + "/withdraw", personToken, "{\"reason\":\"benchmark\"}", 200);
    }

    /** Registers an app as a developer (POST /api/v1/apps): its Keycloak client is created; the secret, shown once. */
    String register(String developerToken, String appId) throws IOException, InterruptedException {
        String body = "{\"appId\":\"" + appId + "\",\"name\":\"Gate benchmark\",\"legalEntity\":\"MesInfos benchmarks\","
                + "\"contactEmail\":\"bench@mesinfos.example\",\"purposes\":[\"dpv:ServiceProvision\"],\"redirectUris\":[],"
                + "\"deletionPolicy\":\"Deleted at the end of the benchmark.\"}";
        return post("/api/v1/apps", developerToken, body, 201).path("clientSecret").asText();
    }

    private JsonNode post(String path, String token, String json, int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return EventJson.mapper().readTree(response.body());
    }
}
