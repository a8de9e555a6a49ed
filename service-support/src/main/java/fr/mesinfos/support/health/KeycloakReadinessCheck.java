package fr.mesinfos.support.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A service that cannot validate tokens cannot serve anyone: readiness follows the realm's discovery document. */
@Readiness
@ApplicationScoped
public class KeycloakReadinessCheck implements HealthCheck {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @Override
    public HealthCheckResponse call() {
        String discovery = realmUrl + "/.well-known/openid-configuration";
        var response = HealthCheckResponse.named("Keycloak realm").withData("url", realmUrl);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(2)).GET().build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return response.status(status == 200).withData("status", status).build();
        } catch (IOException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }
}
