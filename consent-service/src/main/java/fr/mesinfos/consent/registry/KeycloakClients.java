package fr.mesinfos.consent.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Creates and removes an app's confidential Keycloak client through the admin REST API, acting as this service's own
 * service account (realm-management manage-clients, manage-users, view-realm): the client gets a service account
 * holding the realm role {@code app}, so its tokens are app tokens and nothing more. Blocking: worker threads only.
 */
@ApplicationScoped
public class KeycloakClients {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP_ROLE = "app";

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "mesinfos.registry.keycloak-secret")
    String clientSecret;

    /** Thrown when Keycloak refuses or does not answer; the message holds no secret. */
    public static class KeycloakException extends RuntimeException {
        KeycloakException(String message) {
            super(message);
        }
    }

    /** Creates the app's client with the given secret; false if a client with that id already exists. */
    public boolean create(String appId, String name, List<String> redirectUris, String secret) {
        String token = adminToken();
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", appId);
        client.put("name", name);
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", false);
        client.put("clientAuthenticatorType", "client-secret");
        client.put("secret", secret);
        client.put("serviceAccountsEnabled", true);
        client.put("directAccessGrantsEnabled", false);
        client.put("implicitFlowEnabled", false);
        client.put("standardFlowEnabled", !redirectUris.isEmpty());
        client.put("redirectUris", redirectUris);
        HttpResponse<String> created = send(token, "POST", "/clients", client);
        if (created.statusCode() == 409) {
            return false;
        }
        expect(created, 201, "create the client");
        String internalId = internalId(token, appId);
        JsonNode serviceAccount = json(expect(send(token, "GET", "/clients/" + internalId + "/service-account-user", null), 200, "find its service account"));
        JsonNode role = json(expect(send(token, "GET", "/roles/" + APP_ROLE, null), 200, "read the app role"));
        expect(send(token, "POST", "/users/" + serviceAccount.get("id").asText() + "/role-mappings/realm", List.of(role)), 204, "grant the app role");
        return true;
    }

    /** Removes the app's client (used to undo a registration that could not be stored). */
    public void delete(String appId) {
        String token = adminToken();
        String internalId = internalId(token, appId);
        if (internalId != null) {
            expect(send(token, "DELETE", "/clients/" + internalId, null), 204, "delete the client");
        }
    }

    private String internalId(String token, String appId) {
        JsonNode found = json(expect(send(token, "GET", "/clients?clientId=" + URLEncoder.encode(appId, StandardCharsets.UTF_8), null), 200, "find the client"));
        return found.isArray() && !found.isEmpty() ? found.get(0).get("id").asText() : null;
    }

    private String adminToken() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return json(expect(call(request), 200, "obtain an admin token")).get("access_token").asText();
    }

    private HttpResponse<String> send(String token, String method, String path, Object body) {
        String adminBase = realmUrl.replace("/realms/", "/admin/realms/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new KeycloakException("cannot write the request to Keycloak");
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return call(request.build());
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeycloakException("Keycloak did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakException("interrupted while calling Keycloak");
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new KeycloakException("Keycloak refused to " + what + " (HTTP " + response.statusCode() + ")");
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new KeycloakException("Keycloak answered something that is not JSON");
        }
    }
}
