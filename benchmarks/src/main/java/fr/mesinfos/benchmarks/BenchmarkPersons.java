package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.events.EventJson;
import fr.mesinfos.testkit.KeycloakServer;
import fr.mesinfos.testkit.Tokens;

/**
 * The gate benchmark's persons as real users of the test Keycloak (admin REST API with the dev admin, as the
 * simulators' Testers do), role person, password = username; the Keycloak user id is the person id.
 */
final class BenchmarkPersons {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One benchmark person: login and Keycloak subject. */
    record Person(String username, String id) {
        String token() {
            return Tokens.user(username, username);
        }
    }

    private BenchmarkPersons() {
    }

    /** Creates gatebench001.. (an existing one is reused) and gives each the realm role person. */
    static List<Person> ensure(String keycloak, int count) throws IOException, InterruptedException {
        String admin = admin(keycloak);
        String users = keycloak + "/admin/realms/mesinfos/users";
        HttpResponse<String> role = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/mesinfos/roles/person")), admin);
        check(role, 200, "reading the role person");
        List<Person> persons = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String username = String.format(Locale.ROOT, "gatebench%03d", n);
            ObjectNode user = EventJson.mapper().createObjectNode().put("username", username)
                    .put("email", username + "@bench.mesinfos.example").put("firstName", "Gate").put("lastName", "Bench " + n)
                    .put("enabled", true).put("emailVerified", true);
            user.putArray("credentials").addObject().put("type", "password").put("value", username).put("temporary", false);
            HttpResponse<String> created = send(json(users, user.toString()), admin);
            String id;
            if (created.statusCode() == 201) {
                String location = created.headers().firstValue("Location").orElseThrow();
                id = location.substring(location.lastIndexOf('/') + 1);
            } else if (created.statusCode() == 409) {
                HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8))), admin);
                check(found, 200, "finding " + username);
                id = EventJson.mapper().readTree(found.body()).get(0).get("id").asText();
            } else {
                throw new IllegalStateException("creating " + username + ": " + created.statusCode() + " " + created.body());
            }
            check(send(json(users + "/" + id + "/role-mappings/realm", "[" + role.body() + "]"), admin), 204, "the role of " + username);
            persons.add(new Person(username, id));
        }
        return persons;
    }

    private static String admin(String keycloak) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + KeycloakServer.ADMIN_USER + "&password=" + KeycloakServer.ADMIN_PASSWORD;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(response, 200, "the Keycloak admin login");
        JsonNode token = EventJson.mapper().readTree(response.body());
        return token.get("access_token").asText();
    }

    private static HttpRequest.Builder json(String uri, String body) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }
}
