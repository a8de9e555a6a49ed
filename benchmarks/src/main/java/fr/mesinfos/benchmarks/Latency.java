package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

/** One client's GETs one after another with a bearer token, timed to the last byte: the percentiles the vault issue asks for. */
final class Latency {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the measured calls took, in milliseconds, and the size of one answer. */
    record Result(String name, int calls, double p50, double p99, double max, int bytes) {
    }

    private Latency() {
    }

    /** {@code warmup} untimed calls, then {@code calls} timed ones; every answer must be 200 and pass {@code check}. */
    static Result measure(String name, URI uri, String token, int warmup, int calls, Consumer<String> check)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
        double[] millis = new double[calls];
        int bytes = 0;
        for (int i = -warmup; i < calls; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + response.body());
            }
            check.accept(response.body());
            if (i >= 0) {
                millis[i] = elapsed / 1e6;
                bytes = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        Arrays.sort(millis);
        return new Result(name, calls, rank(millis, 0.50), rank(millis, 0.99), millis[calls - 1], bytes);
    }

    /** Nearest-rank percentile: with 50 calls, p99 is the slowest call. */
    private static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
