package fr.mesinfos.personal.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The vault's export archive, passed through as it streams (the archive can be large; it is never held in memory
 * here), requested with the person's own access token.
 */
@ApplicationScoped
public class ArchiveStream {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The vault's answer: its status and, when 200, the zip's bytes as they come. */
    public record Archive(int status, InputStream body, String disposition) {
    }

    @ConfigProperty(name = "quarkus.rest-client.vault.url")
    String vaultUrl;

    public Archive open(String accessToken) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(vaultUrl + "/api/v1/me/export"))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/zip").GET().build();
        try {
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
            }
            return new Archive(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Disposition").orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
