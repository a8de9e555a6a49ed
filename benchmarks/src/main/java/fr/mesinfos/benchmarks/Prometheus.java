package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import fr.mesinfos.testkit.ServiceProcess;

/** Reads a counter from a service's /q/metrics (Prometheus text), summed over the series that carry a given label text. */
final class Prometheus {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Prometheus() {
    }

    /** The sum of {@code name}'s series whose labels contain {@code labels} (e.g. {@code app="x"}; "" for all); 0 when never registered. */
    static double sum(ServiceProcess service, String name, String labels) throws IOException, InterruptedException {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : body.split("\n")) {
            if ((line.startsWith(name + " ") || line.startsWith(name + "{")) && line.contains(labels)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
