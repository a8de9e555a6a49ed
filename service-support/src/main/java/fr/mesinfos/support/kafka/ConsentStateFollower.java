package fr.mesinfos.support.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A service's copy of every person's latest consents, followed from consent.state.v1 (key = person id; compacted,
 * published by the consent service): each replica reads the whole topic from its start in a group of its own, so a
 * decision is made on the latest state this replica has seen; {@link #caughtUp()} tells when the topic was read to
 * its end once (before that, an absent consent may only be not read yet).
 */
public final class ConsentStateFollower {
    private static final Logger LOG = Logger.getLogger(ConsentStateFollower.class);

    private final Map<String, PersonConsents> byPerson = new ConcurrentHashMap<>();
    private final KafkaClients kafkaClients;
    private final String service;
    private final MeterRegistry metrics;
    private volatile boolean caughtUp;
    private ConsumerLoop<String, byte[]> loop;

    /** {@code service} names the consumer and prefixes its group (the service's Kafka grants cover {@code <service>*}). */
    public ConsentStateFollower(KafkaClients kafkaClients, String service, MeterRegistry metrics) {
        this.kafkaClients = kafkaClients;
        this.service = service;
        this.metrics = metrics;
    }

    public void start() {
        loop = new ConsumerLoop<>(service + "-consent-states",
                () -> new KafkaConsumer<>(config(), new StringDeserializer(), new ByteArrayDeserializer()),
                List.of(Topics.CONSENT_STATE), this::follow)
                .beforeEachStart(() -> {
                    // a new consumer reads the topic from its start again: the copy is rebuilt from scratch
                    byPerson.clear();
                    caughtUp = false;
                });
        loop.start();
    }

    public void stop(Duration grace) throws InterruptedException {
        if (loop != null) {
            loop.stop(grace);
        }
    }

    /** True once the topic was read to its end: before that an absent consent may only be not yet read. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** The consent under which the app may use this category of the person's data now, if there is one. */
    public Optional<ConsentState> allowing(String personId, String appId, Category category, Instant now) {
        PersonConsents consents = byPerson.get(personId);
        return consents == null ? Optional.empty() : consents.allowing(appId, category, now);
    }

    /** How many persons' consents are held. */
    public int persons() {
        return byPerson.size();
    }

    /** Applies one record of the topic: a person's latest consents replace the previous ones, a tombstone forgets them. */
    public void apply(String personId, byte[] value) {
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
                metrics.counter("mesinfos.consent.states.invalid", "service", service).increment();
                LOG.warnf("ignored an unreadable consent state at %s/%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            }
        }
        if (!caughtUp && !kafka.assignment().isEmpty() && atEnd(kafka)) {
            caughtUp = true;
            LOG.infof("consent states read up to the end of %s: %d persons", Topics.CONSENT_STATE, byPerson.size());
        }
    }

    private static boolean atEnd(KafkaConsumer<String, byte[]> kafka) {
        var ends = kafka.endOffsets(kafka.assignment());
        return ends.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue());
    }

    private Map<String, Object> config() {
        // a group of its own per replica and start: every replica needs every consent, and nothing is committed
        Map<String, Object> config = kafkaClients.consumer(service + "-consents-" + UUID.randomUUID(), service + "-consents");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}
