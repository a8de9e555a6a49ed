package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.ServiceProcess;

/** One packaged vault-service process on its own database and consumer group, and what it stored there. */
final class VaultUnderTest implements AutoCloseable {
    private static final long POLL_MS = 50;

    private final ServiceProcess process;

    private VaultUnderTest(ServiceProcess process) {
        this.process = process;
    }

    /** Starts quarkus-run.jar of {@code root}/vault-service with the infrastructure's configuration; does not wait. */
    static VaultUnderTest start(Path root, Map<String, String> infrastructure, String database, String group, Path log) {
        Map<String, String> config = new LinkedHashMap<>(infrastructure);
        config.put("quarkus.mongodb.database", database);
        config.put("mesinfos.vault.consumer-group", group);
        return new VaultUnderTest(ServiceProcess.start(root, "vault-service", Loopback.freePort(), config, log));
    }

    /**
     * Watches the records collection until it holds {@code total} documents and times the stretch from the first count
     * of at least {@code warm} (JIT, connections and first poll behind it) to the last: events stored per second.
     */
    Throughput.Result measureStored(String name, MongoCollection<Document> records, long warm, long total, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long startCount = -1;
        long startNanos = 0;
        while (System.nanoTime() < deadline) {
            long count = records.estimatedDocumentCount();
            long now = System.nanoTime();
            if (startCount < 0 && count >= warm) {
                if (count >= total) {
                    throw new IllegalStateException(name + ": all " + total + " stored before the first look; raise -Dwarmup");
                }
                startCount = count;
                startNanos = now;
            }
            if (count >= total) {
                return new Throughput.Result(name, count - startCount, (now - startNanos) / 1e9);
            }
            Thread.sleep(POLL_MS);
        }
        throw new IllegalStateException(name + ": " + records.estimatedDocumentCount() + " of " + total + " stored within " + timeout);
    }

    /** Waits until the records collection holds {@code total} documents (nothing timed). */
    static void awaitCount(MongoCollection<Document> records, long total, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.estimatedDocumentCount() < total) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(records.estimatedDocumentCount() + " of " + total + " stored within " + timeout);
            }
            Thread.sleep(POLL_MS);
        }
    }

    ServiceProcess process() {
        return process;
    }

    /** One counter of the vault's Prometheus endpoint (0 when it was never registered). */
    double metric(String name) throws IOException, InterruptedException {
        return Prometheus.sum(process, name, "");
    }

    @Override
    public void close() {
        process.close();
    }
}
