package fr.mesinfos.consent.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import fr.mesinfos.support.kafka.KafkaClients;

/**
 * Makes a withdrawal take effect before its call answers (CS-RV-2/3): publishes the person's consents at once rather
 * than at the relay's next turn, then waits until the gate has committed past that record. Under exactly-once, every
 * delivery the gate commits afterwards has the withdrawal applied, so nothing of the person reaches the app once the
 * call returned. The outbox row stays: the relay publishes the same state again, which is harmless.
 */
@ApplicationScoped
public class ImmediateEffect {
    private static final Logger LOG = Logger.getLogger(ImmediateEffect.class);

    @Inject
    ConsentStatePublisher publisher;

    @Inject
    PersonConsentsSource consents;

    @Inject
    KafkaClients kafkaClients;

    @ConfigProperty(name = "quarkus.kafka-streams.application-id")
    String gateGroup;

    @ConfigProperty(name = "mesinfos.consent.effect-wait", defaultValue = "PT10S")
    Duration wait;

    private volatile Admin admin;

    /** True once the gate applied the person's latest consents; false if it did not within the wait (it will, later). */
    public Uni<Boolean> apply(String personId) {
        return Panache.withSession(() -> consents.of(personId, Instant.now()))
                .flatMap(state -> Uni.createFrom().completionStage(() -> publisher.sendOne(state)))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(this::awaitGate);
    }

    private boolean awaitGate(RecordMetadata published) {
        TopicPartition partition = new TopicPartition(published.topic(), published.partition());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(gateGroup)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                OffsetAndMetadata offset = committed.get(partition);
                if (offset != null && offset.offset() > published.offset()) {
                    return true;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("could not follow the gate's progress (%s)", e.getClass().getSimpleName());
        }
        LOG.warnf("the gate did not apply a consent change within %s; it will when it catches up", wait);
        return false;
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = kafkaClients.admin("consent-service-effect");
                }
                current = admin;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
