package fr.mesinfos.consent.erasure;

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
import org.jboss.logging.Logger;

import fr.mesinfos.consent.lifecycle.ConsentLifecycle;
import fr.mesinfos.events.InvalidEventException;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.PersonErasure;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.support.kafka.ConsumerLoop;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Hears the vault's erasures (vault.erasure.v1) and ends the consents that covered the erased data, so apps stop
 * receiving it and get the gate's control event telling them to delete it; offsets committed after the change.
 */
@ApplicationScoped
public class ErasureWithdrawals {
    private static final Logger LOG = Logger.getLogger(ErasureWithdrawals.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ConsentLifecycle lifecycle;

    @Inject
    MeterRegistry metrics;

    private ConsumerLoop<String, byte[]> loop;

    void start(@Observes StartupEvent started) {
        loop = new ConsumerLoop<>("consent-erasures",
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
            PersonErasure erasure;
            try {
                erasure = PlatformEventCodec.erasure(record.value());
            } catch (InvalidEventException e) {
                metrics.counter("mesinfos.consent.erasures", "outcome", "invalid").increment();
                LOG.warnf("ignored an unreadable erasure at %s/%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
                continue;
            }
            int ended = awaitEnded(erasure);
            metrics.counter("mesinfos.consent.erasures", "outcome", ended > 0 ? "consents-ended" : "no-consent").increment();
        }
        kafka.commitSync();
    }

    private int awaitEnded(PersonErasure erasure) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> lifecycle.endOnErasure(erasure.personId(), erasure.categories(), erasure.erasureId()));
        } catch (Throwable e) {
            // the poll is not committed: a new consumer reads this erasure again
            throw new IllegalStateException("ending the consents of an erasure failed", e);
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "consent-service-erasures");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a consent service started after an erasure still applies it
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}
