package fr.mesinfos.simulators;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The few HTTP calls the simulators make (Keycloak, connectors), with JSON in and out and errors that say what failed. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response: status and body. */
    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    private Http() {
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Answer postForm(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    static Answer postJson(String url, String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Answer get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** An access token and when to renew it: a minute before it expires (at half its life for short ones). */
    record Token(String value, Instant renewAt) {
        boolean due() {
            return !Instant.now().isBefore(renewAt);
        }
    }

    static Token accessToken(Answer answer, String what) {
        if (answer.status() != 200) {
            throw new IllegalStateException(what + ": Keycloak answered " + answer.status() + " " + answer.body());
        }
        JsonNode json = answer.json();
        long lifetime = json.path("expires_in").asLong(60);
        long margin = Math.min(60, lifetime / 2);
        return new Token(json.get("access_token").asText(), Instant.now().plusSeconds(lifetime - margin));
    }

    /** Seconds to wait as a Retry-After header says (delay-seconds form), or the fallback. */
    static long retryAfterSeconds(Answer answer, long fallback) {
        try {
            return answer.raw().headers().firstValue("Retry-After").map(String::trim).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback; // an HTTP-date: the connectors never send one
        }
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
