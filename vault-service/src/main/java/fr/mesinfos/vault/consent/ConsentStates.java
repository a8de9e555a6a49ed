package fr.mesinfos.vault.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.InvalidEventException;
import fr.mesinfos.events.Topics;
import fr.mesinfos.support.kafka.ConsumerLoop;
import fr.mesinfos.support.kafka.KafkaClients;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The vault's copy of every person's latest consents, followed from consent.state.v1 (key = person id; compacted,
 * provisioned by the operator, published by the consent service): every replica reads the whole topic from the
 * start, so an app's read is judged on the latest state this replica has seen, and nothing is answered before the
 * topic was read up to its end once.
 */
@ApplicationScoped
public class ConsentStates {
    private static final Logger LOG = Logger.getLogger(ConsentStates.class);

    @Inject
    KafkaClients kafkaClients;

    private final Map<String, PersonConsents> byPerson = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;
    private final MeterRegistry metrics;
    private ConsumerLoop<String, byte[]> loop;

    ConsentStates(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent started) {
        loop = new ConsumerLoop<>("vault-consent-states",
                () -> new KafkaConsumer<>(config(), new StringDeserializer(), new ByteArrayDeserializer()),
                List.of(Topics.CONSENT_STATE), this::follow)
                .beforeEachStart(() -> {
                    // a new consumer reads the topic from its start again: the copy is rebuilt from scratch
                    byPerson.clear();
                    caughtUp = false;
                });
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(1));
        }
    }

    /** True once the topic was read to its end: before that an absent consent may only be not yet read. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** The consent under which the app may read this category of the person's data now, if there is one. */
    public Optional<ConsentState> allowing(String personId, String appId, Category category, Instant now) {
        PersonConsents consents = byPerson.get(personId);
        return consents == null ? Optional.empty() : consents.allowing(appId, category, now);
    }

    /** Applies one record of the topic: a person's latest consents replace the previous ones, a tombstone forgets them. */
    void apply(String personId, byte[] value) {
        if (value == null) {
            byPerson.remove(personId);
            return;
        }
        PersonConsents consents = PlatformEventCodec.personConsents(value);
        if (!consents.personId().equals(personId)) {
            throw new IllegalArgumentException("record key is not the person of its consents");
        }
        byPerson.put(personId, consents);
    }

    private void follow(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> polled) {
        for (ConsumerRecord<String, byte[]> record : polled) {
            try {
                apply(record.key(), record.value());
            } catch (InvalidEventException | IllegalArgumentException e) {
                // a state we cannot read grants nothing; the reason names fields, never values
                metrics.counter("mesinfos.vault.consent.states.invalid").increment();
                LOG.warnf("ignored an unreadable consent state at %s/%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            }
        }
        if (!caughtUp && !kafka.assignment().isEmpty() && atEnd(kafka)) {
            caughtUp = true;
            LOG.infof("consent states read up to the end of %s: %d consents", Topics.CONSENT_STATE, byPerson.size());
        }
    }

    private static boolean atEnd(KafkaConsumer<String, byte[]> kafka) {
        var ends = kafka.endOffsets(kafka.assignment());
        return ends.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue());
    }

    private Map<String, Object> config() {
        // a group of its own per replica and start: every replica needs every consent, and nothing is committed
        Map<String, Object> config = kafkaClients.consumer("vault-service-consents-" + UUID.randomUUID(), "vault-service-consents");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}
