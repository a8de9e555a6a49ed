package fr.mesinfos.opendata.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cloudevents.CloudEvent;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.OpenDataPayload;
import fr.mesinfos.support.kafka.KafkaClients;

/**
 * Publishes a loaded dataset on its opendata.* topic as the service's own Kafka account and returns only once Kafka
 * has acknowledged every event (acks=all, idempotent producer), so a report's count means durably published.
 */
@ApplicationScoped
public class OpenDataPublisher {
    private final KafkaProducer<String, CloudEvent> producer;
    private final int deliveryTimeoutMs;

    OpenDataPublisher(KafkaClients kafkaClients, @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "mesinfos.opendata.delivery-timeout-ms", defaultValue = "30000") int deliveryTimeoutMs) {
        this.deliveryTimeoutMs = deliveryTimeoutMs;
        Map<String, Object> config = kafkaClients.named(applicationName + "-loads");
        config.putAll(EventCodec.durableProducerConfig());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(5000, deliveryTimeoutMs));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5000, deliveryTimeoutMs));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(config);
    }

    /** Publishes every payload; returns how many were acknowledged, or throws {@link PublishFailedException}. */
    public int publish(List<? extends OpenDataPayload> payloads) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(payloads.size());
        for (OpenDataPayload payload : payloads) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            try {
                producer.send(EventCodec.encodeOpenData(payload), (metadata, error) -> {
                    if (error == null) {
                        ack.complete(null);
                    } else {
                        ack.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                // metadata not available within max.block.ms, or the producer is closed
                throw new PublishFailedException("Kafka did not take the events (" + e.getClass().getSimpleName() + ")", e);
            }
            acks.add(ack);
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(deliveryTimeoutMs + 5000L, TimeUnit.MILLISECONDS);
            return acks.size();
        } catch (ExecutionException e) {
            throw new PublishFailedException("Kafka did not acknowledge every event (" + e.getCause().getClass().getSimpleName() + ")", e);
        } catch (TimeoutException e) {
            throw new PublishFailedException("Kafka did not acknowledge every event in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for Kafka", e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
