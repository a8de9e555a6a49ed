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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.mesinfos.events.Topics;
import fr.mesinfos.support.kafka.ConsumerLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Exists to hear the vault's erasures: consumes {@code vault.erasure.v1} on a thread of its own (consumer group
 * {@code mesinfos.erasure.consumer-group}) and commits a poll's offsets only once every record of it is applied, so a
 * crash or a database failure reads them again (at least once; applying an erasure twice is harmless).
 */
@ApplicationScoped
public class ErasureStream {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mesinfos.erasure.consumer-group")
    String group;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    PersonErasureHandler handler;

    private ConsumerLoop<String, byte[]> loop;

    void start(@Observes StartupEvent started) {
        loop = new ConsumerLoop<>("connector-erasures",
                () -> new KafkaConsumer<>(config(), new StringDeserializer(), new ByteArrayDeserializer()),
                List.of(Topics.VAULT_ERASURE), this::apply);
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(10));
        }
    }

    private void apply(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> polled) {
        if (polled.isEmpty()) {
            return;
        }
        for (ConsumerRecord<String, byte[]> record : polled) {
            handler.apply(record.key(), record.value(), "partition " + record.partition() + ", offset " + record.offset());
        }
        kafka.commitSync();
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
}
