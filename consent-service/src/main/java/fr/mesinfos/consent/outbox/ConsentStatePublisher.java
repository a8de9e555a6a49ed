package fr.mesinfos.consent.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.support.kafka.KafkaClients;

/**
 * Publishes a person's consents to consent.state.v1 (key = person id) with an idempotent producer and acks=all;
 * the returned future completes only once Kafka acknowledged every record.
 */
@ApplicationScoped
public class ConsentStatePublisher {

    private final KafkaProducer<String, byte[]> producer;

    ConsentStatePublisher(KafkaClients kafkaClients,
            @ConfigProperty(name = "mesinfos.outbox.delivery-timeout", defaultValue = "PT10S") Duration deliveryTimeout,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        Map<String, Object> config = kafkaClients.named(applicationName + "-consent-state");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        int timeout = (int) deliveryTimeout.toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(5000, timeout));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5000, timeout));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 5000 + 1));
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends every person's consents; completes when all are acknowledged, exceptionally as soon as one is not. */
    public CompletableFuture<Void> publish(List<PersonConsents> states) {
        List<CompletableFuture<Void>> acks = states.stream().map(this::send).toList();
        return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> send(PersonConsents state) {
        return sendOne(state).thenApply(metadata -> null);
    }

    /** Sends one person's consents; completes with where Kafka wrote them once acknowledged. */
    public CompletableFuture<org.apache.kafka.clients.producer.RecordMetadata> sendOne(PersonConsents state) {
        CompletableFuture<org.apache.kafka.clients.producer.RecordMetadata> ack = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(Topics.CONSENT_STATE, state.personId(), PlatformEventCodec.encode(state)),
                    (metadata, error) -> {
                        if (error == null) {
                            ack.complete(metadata);
                        } else {
                            ack.completeExceptionally(error);
                        }
                    });
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
