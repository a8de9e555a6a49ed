package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.ServiceProcess;
import fr.mesinfos.testkit.SharedInfrastructure;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.testkit.Workspace;
import io.cloudevents.CloudEvent;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.Source;

/**
 * Sustained ingest: events per second acknowledged by Kafka when a partner pushes batches of 1,000 location fixes
 * through connector-orange (HTTPS API, validation, account lookup, CloudEvents, acks=all), against Kafka's own
 * producer sending the same events in batches of 1,000 with the same durability on the same broker, in the same run.
 */
public final class IngestBenchmark {
    private static final int EVENTS_PER_BATCH = 1_000;
    private static final String MSISDN = "33699000001";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int batches = Integer.getInteger("batches", 200);
        int threads = Integer.getInteger("threads", 4);
        int warmup = Integer.getInteger("warmup", 50);
        int rounds = Integer.getInteger("rounds", 3);
        Path root = Workspace.root();

        Map<String, String> config = new LinkedHashMap<>();
        config.putAll(SharedInfrastructure.kafka());
        config.putAll(SharedInfrastructure.keycloak());
        config.putAll(SharedInfrastructure.postgres("connector_orange"));
        config.entrySet().removeIf(e -> e.getKey().startsWith("mesinfos.") && e.getKey().endsWith("description"));
        try (ServiceProcess connector = ServiceProcess.start(root, "connector-orange", Loopback.freePort(), config,
                root.resolve("benchmarks/target/connector-orange.log")).awaitReady(Duration.ofSeconds(120));
             KafkaProducer<String, CloudEvent> producer = Producers.connectorLike(KafkaAccess.connector(Source.ORANGE))) {
            link(connector);
            String partner = Tokens.partner("orange");

            // warm up both paths (JIT, connections, topic metadata), then alternate the two paths over several rounds
            // on distinct events, so that neither gets the warmer machine; compare the medians
            List<List<ProducerRecord<String, CloudEvent>>> warmRecords = canonical(warmup, 0);
            Throughput.measure("warm-up push", warmup, EVENTS_PER_BATCH, threads, n -> push(connector, partner, geopoints(n, 0)));
            Throughput.measure("warm-up producer", warmup, EVENTS_PER_BATCH, threads, n -> produce(producer, warmRecords.get(n)));
            List<Throughput.Result> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                // everything a client prepares is built before the clock starts: only sending and acknowledging is timed
                List<List<ProducerRecord<String, CloudEvent>>> records = canonical(batches, round);
                int pushRound = round;
                List<String> bodies = java.util.stream.IntStream.range(0, batches).mapToObj(n -> geopoints(n, pushRound)).toList();
                results.add(Throughput.measure("Kafka producer, round " + round, batches, EVENTS_PER_BATCH, threads,
                        n -> produce(producer, records.get(n))));
                results.add(Throughput.measure("push API, round " + round, batches, EVENTS_PER_BATCH, threads,
                        n -> push(connector, partner, bodies.get(n))));
            }
            report(results, batches, threads);
        }
        System.exit(0);
    }

    private static void link(ServiceProcess connector) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(connector.url() + "/api/v1/links"))
                .header("Authorization", "Bearer " + Tokens.user(TestUsers.GERMAINE))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"" + MSISDN + "\"}")).build();
        int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 201 && status != 200) {
            throw new IllegalStateException("linking the benchmark account failed: " + status);
        }
    }

    /** Batch n of round r: 1,000 Orange geopoint records in the partner's own format, one fix a minute (rounds two years apart). */
    static String geopoints(int n, int round) {
        StringBuilder body = new StringBuilder(EVENTS_PER_BATCH * 190).append('[');
        LocalDateTime base = LocalDateTime.of(2000, 1, 1, 0, 0).plusMinutes(round * 1_000_000L + (long) n * EVENTS_PER_BATCH);
        for (int i = 0; i < EVENTS_PER_BATCH; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"docType\":\"fr.orange.geopoint\",\"docTypeVersion\":\"konnectors_orange_mobile-0.7.9\",\"msisdn\":\"")
                    .append(MSISDN).append("\",\"timestamp\":\"").append(base.plusMinutes(i)).append(":00.000Z\",")
                    .append("\"latitude\":45.7").append(i % 100).append(",\"longitude\":4.8").append(i % 100)
                    .append(",\"radius\":").append(100 + i % 500).append('}');
        }
        return body.append(']').toString();
    }

    private static void push(ServiceProcess connector, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(connector.url() + "/api/v1/push/geopoints"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("push answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Batches of 1,000 canonical events, the same kind a push produces, encoded once with the events codec. */
    private static List<List<ProducerRecord<String, CloudEvent>>> canonical(int batches, int round) {
        List<List<ProducerRecord<String, CloudEvent>>> all = new ArrayList<>(batches);
        for (int n = 0; n < batches; n++) {
            Instant base = LocalDateTime.of(2030 + round, 1, 1, 0, 0).plusMinutes((long) n * EVENTS_PER_BATCH)
                    .toInstant(java.time.ZoneOffset.UTC);
            List<ProducerRecord<String, CloudEvent>> batch = new ArrayList<>(EVENTS_PER_BATCH);
            for (int i = 0; i < EVENTS_PER_BATCH; i++) {
                GeolocationFix fix = new GeolocationFix(MSISDN, base.plusSeconds(60L * i), 45.7 + (i % 100) / 1000.0,
                        4.8 + (i % 100) / 1000.0, 100 + i % 500);
                batch.add(EventCodec.encode(TestUsers.GERMAINE.id(), fix));
            }
            all.add(batch);
        }
        return all;
    }

    /** Sends one batch with Kafka's producer; returns once every event is acknowledged. */
    private static void produce(KafkaProducer<String, CloudEvent> producer, List<ProducerRecord<String, CloudEvent>> batch) {
        List<Future<?>> acks = new ArrayList<>(batch.size());
        for (ProducerRecord<String, CloudEvent> record : batch) {
            acks.add(producer.send(record));
        }
        for (Future<?> ack : acks) {
            try {
                ack.get();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge", e);
            }
        }
    }

    private static void report(List<Throughput.Result> results, int batches, int threads) throws IOException {
        double raw = Throughput.median(results.stream().filter(r -> r.name().startsWith("Kafka")).toList());
        double ours = Throughput.median(results.stream().filter(r -> r.name().startsWith("push")).toList());
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Ingest benchmark, %s, %d cores: %d batches of %d events per run, %d concurrent clients%n%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), batches, EVENTS_PER_BATCH, threads));
        out.append("| run | events | seconds | events/s |\n|---|---|---|---|\n");
        for (Throughput.Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.0f |%n", r.name(), r.events(), r.seconds(), r.eventsPerSecond()));
        }
        out.append(String.format(Locale.ROOT, "%nMedian events/s: Kafka producer %.0f, push API %.0f. Ratio push API / Kafka producer: %.2f%n",
                raw, ours, ours / raw));
        Reports.write("ingest-benchmark.md", out.toString());
    }
}
