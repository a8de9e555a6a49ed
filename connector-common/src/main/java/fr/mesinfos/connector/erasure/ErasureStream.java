package fr.mesinfos.connector.erasure;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.mesinfos.events.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Exists to hear the vault's erasures: consumes {@code vault.erasure.v1} on a thread of its own (consumer group
 * {@code mesinfos.erasure.consumer-group}) and commits a poll's offsets only once every record of it is applied, so a
 * crash or a database failure reads them again (at least once; applying an erasure twice is harmless).
 */
@ApplicationScoped
public class ErasureStream {
    private static final Logger LOG = Logger.getLogger(ErasureStream.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mesinfos.erasure.consumer-group")
    String group;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    PersonErasureHandler handler;

    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::run, "connector-erasures");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (thread == null) {
            return;
        }
        // let the current poll finish and commit (polls are short); interrupt a blocked call only if it does not
        thread.join(10_000);
        KafkaConsumer<String, byte[]> current = consumer;
        if (thread.isAlive() && current != null) {
            current.wakeup();
            thread.join(5_000);
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config(), new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = kafka;
                kafka.subscribe(List.of(Topics.VAULT_ERASURE));
                while (running) {
                    ConsumerRecords<String, byte[]> polled = kafka.poll(Duration.ofMillis(500));
                    if (!polled.isEmpty()) {
                        for (ConsumerRecord<String, byte[]> record : polled) {
                            handler.apply(record.key(), record.value(), "partition " + record.partition() + ", offset " + record.offset());
                        }
                        kafka.commitSync();
                    }
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                // nothing of the failed poll was committed: a new consumer resumes from the last committed offsets
                LOG.warnf("applying erasures failed (%s); resuming from the last committed offsets", e.getClass().getSimpleName());
                pause();
            } finally {
                consumer = null;
            }
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-erasures");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a connector that starts after an erasure was published still applies it
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
