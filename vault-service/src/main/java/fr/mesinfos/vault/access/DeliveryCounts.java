package fr.mesinfos.vault.access;

import java.time.Duration;
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
import org.jboss.logging.Logger;

import fr.mesinfos.events.InvalidEventException;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.DeliveryCount;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.support.kafka.ConsumerLoop;
import fr.mesinfos.support.kafka.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings the gate's deliveries into the person's access log: follows consent.deliveries.v1, writes each count once
 * (keyed by its count id) and commits only after, so every delivery an app received is listed to its person.
 */
@ApplicationScoped
public class DeliveryCounts {
    private static final Logger LOG = Logger.getLogger(DeliveryCounts.class);

    @Inject
    KafkaClients kafkaClients;

    @ConfigProperty(name = "mesinfos.vault.consumer-group", defaultValue = "vault-service")
    String group;

    @Inject
    AccessLog log;

    @Inject
    MeterRegistry metrics;

    private ConsumerLoop<String, byte[]> loop;

    void start(@Observes StartupEvent started) {
        loop = new ConsumerLoop<>("vault-delivery-counts",
                () -> new KafkaConsumer<>(config(), new StringDeserializer(), new ByteArrayDeserializer()),
                List.of(Topics.GATE_DELIVERIES), this::record);
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(5));
        }
    }

    private void record(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> polled) {
        if (polled.isEmpty()) {
            return;
        }
        for (ConsumerRecord<String, byte[]> record : polled) {
            try {
                DeliveryCount count = PlatformEventCodec.deliveryCount(record.value());
                boolean added = log.recordDeliveries(count);
                metrics.counter("mesinfos.vault.deliveries.logged", "outcome", added ? "added" : "duplicate").increment();
            } catch (InvalidEventException | IllegalArgumentException e) {
                metrics.counter("mesinfos.vault.deliveries.logged", "outcome", "invalid").increment();
                LOG.warnf("ignored an unreadable delivery count at %s/%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            }
        }
        kafka.commitSync();
    }

    private Map<String, Object> config() {
        Map<String, Object> config = kafkaClients.consumer(group + "-deliveries", "vault-service-deliveries");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}
