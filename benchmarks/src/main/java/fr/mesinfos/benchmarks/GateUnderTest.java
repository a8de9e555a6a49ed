package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.ServiceProcess;

/** One packaged consent-service process (API and gate) whose gate runs under its own Kafka Streams application id. */
final class GateUnderTest implements AutoCloseable {
    private static final long POLL_MS = 50;

    private final ServiceProcess process;
    private final String applicationId;

    private GateUnderTest(ServiceProcess process, String applicationId) {
        this.process = process;
        this.applicationId = applicationId;
    }

    /**
     * Starts quarkus-run.jar of {@code root}/consent-service with the infrastructure's configuration and the given
     * application id (a fresh one reads consent.state.v1 from its start and the partner topics from what was committed
     * for it, here their end before the round); does not wait.
     */
    static GateUnderTest start(Path root, Map<String, String> infrastructure, String applicationId, Path log) {
        Map<String, String> config = new LinkedHashMap<>(infrastructure);
        config.put("quarkus.kafka-streams.application-id", applicationId);
        config.put("quarkus.kafka-streams.bootstrap-servers", infrastructure.get("kafka.bootstrap.servers"));
        return new GateUnderTest(ServiceProcess.start(root, "consent-service", Loopback.freePort(), config, log), applicationId);
    }

    /**
     * Watches the input offsets the gate commits on the partner topic (one exactly-once transaction every 200 ms) until
     * {@code total} events past {@code base} are committed; times from the first look at {@code warm} or more to the last.
     */
    Throughput.Result measureInput(String name, LoadCurveTopic topic, long base, long warm, long total, Duration timeout)
            throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long startCount = -1;
        long startNanos = 0;
        while (System.nanoTime() < deadline) {
            long count = topic.committed(applicationId) - base;
            long now = System.nanoTime();
            if (startCount < 0 && count >= warm) {
                if (count >= total) {
                    throw new IllegalStateException(name + ": all " + total + " committed before the first look; raise -Dgate.warmup");
                }
                startCount = count;
                startNanos = now;
            }
            if (count >= total) {
                return new Throughput.Result(name, count - startCount, (now - startNanos) / 1e9);
            }
            Thread.sleep(POLL_MS);
        }
        throw new IllegalStateException(name + ": " + (topic.committed(applicationId) - base) + " of " + total + " committed within " + timeout);
    }

    /** A counter of the service, summed over the series whose labels contain {@code labels}. */
    double metric(String name, String labels) throws IOException, InterruptedException {
        return Prometheus.sum(process, name, labels);
    }

    ServiceProcess process() {
        return process;
    }

    String applicationId() {
        return applicationId;
    }

    @Override
    public void close() {
        process.close();
    }
}
