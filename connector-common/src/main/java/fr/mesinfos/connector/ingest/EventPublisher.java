package fr.mesinfos.connector.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cloudevents.CloudEvent;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.support.kafka.KafkaClients;

/**
 * Publishes a batch's events and completes only when Kafka has acknowledged every one of them (acks=all, idempotent
 * producer), so that a 202 means durably accepted; fails as soon as one is not acknowledged within the delivery
 * timeout.
 */
@ApplicationScoped
public class EventPublisher {

    private final KafkaProducer<String, CloudEvent> producer;

    EventPublisher(KafkaClients kafkaClients, IngestSettings settings,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        int deliveryTimeoutMs = settings.deliveryTimeoutMs();
        Map<String, Object> config = kafkaClients.named(applicationName);
        config.putAll(EventCodec.durableProducerConfig());
        // bounded waits: a partner must hear 503 soon when Kafka is unreachable, never hang
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(5000, deliveryTimeoutMs));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5000, deliveryTimeoutMs));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(config);
    }

    /** Completes when every record is acknowledged; completes exceptionally when any one is not. */
    public CompletableFuture<Void> publishAll(List<ProducerRecord<String, CloudEvent>> records) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(records.size());
        for (ProducerRecord<String, CloudEvent> record : records) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            try {
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        ack.complete(null);
                    } else {
                        ack.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                // metadata not available within max.block.ms, or the producer is closed
                ack.completeExceptionally(e);
            }
            acks.add(ack);
            if (ack.isCompletedExceptionally()) {
                break;
            }
        }
        return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
