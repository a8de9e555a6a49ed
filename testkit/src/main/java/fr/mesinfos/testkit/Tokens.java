package fr.mesinfos.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Real access tokens from the test Keycloak, as persons (password grant of the test client) or service accounts. */
public final class Tokens {
    /** Confidential client of the dev realm allowed to use the password grant; never imported in production. */
    public static final String TEST_CLIENT = "mesinfos-test";
    public static final String TEST_CLIENT_SECRET = "mesinfos-test-secret";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Tokens() {
    }

    /** A person's (or operator's) token, for one of the realm's test users. */
    public static String user(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", TEST_CLIENT);
        form.put("client_secret", TEST_CLIENT_SECRET);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return request(form);
    }

    public static String user(TestUsers user) {
        return user(user.username(), user.password());
    }

    /** A partner's service-account token ("orange", "edf", "maif"), with the dev realm's secret. */
    public static String partner(String partner) {
        return client("partner-" + partner, "partner-" + partner + "-secret");
    }

    /** A demo app's service-account token (dev realm: "demo-energy-coach", "demo-budget-helper"), role app. */
    public static String app(String appId) {
        return client(appId, appId + "-secret");
    }

    /** A service account's token (partners, internal services), by client credentials. */
    public static String client(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return request(form);
    }

    private static String request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(SharedInfrastructure.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException("Keycloak refused the token request (" + response.statusCode() + "): " + response.body());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak token endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
