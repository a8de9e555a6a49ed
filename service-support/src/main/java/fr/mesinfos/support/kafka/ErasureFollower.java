package fr.mesinfos.support.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import fr.mesinfos.events.InvalidEventException;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.PersonErasure;
import fr.mesinfos.events.platform.PlatformEventCodec;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every service that acts on a person's erasure follows vault.erasure.v1 the same way: its own consumer group from
 * the earliest offset (a service started after an erasure still applies it), each record decoded and checked (a value
 * that does not decode, or whose key is not its person, is skipped, counted and logged without the person id), the
 * others handed to the service, and a poll committed only once all of them were applied (at least once: the action
 * must be harmless when repeated).
 */
public final class ErasureFollower {
    /** The outcome tag of a record that was skipped. */
    public static final String INVALID = "invalid";
    private static final Logger LOG = Logger.getLogger(ErasureFollower.class);

    /** What a service does with one erasure; returns the outcome tag counted; throws to have the poll read again. */
    public interface Action {
        String apply(PersonErasure erasure);
    }

    private final ConsumerLoop<String, byte[]> loop;
    private final MeterRegistry metrics;
    private final String metric;
    private final Action action;

    /** {@code metric} is counted with the tag {@code outcome}; {@code clientId} names the consumer in the broker. */
    public ErasureFollower(KafkaClients kafkaClients, String group, String clientId, MeterRegistry metrics, String metric, Action action) {
        this.metrics = metrics;
        this.metric = metric;
        this.action = action;
        Map<String, Object> config = kafkaClients.consumer(group, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.loop = new ConsumerLoop<>(clientId, () -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                List.of(Topics.VAULT_ERASURE), this::apply);
    }

    public void start() {
        loop.start();
    }

    public void stop(Duration grace) throws InterruptedException {
        loop.stop(grace);
    }

    private void apply(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> polled) {
        if (polled.isEmpty()) {
            return;
        }
        for (ConsumerRecord<String, byte[]> record : polled) {
            String outcome = decode(record).map(action::apply).orElse(INVALID);
            metrics.counter(metric, "outcome", outcome).increment();
        }
        kafka.commitSync();
    }

    /** The erasure of a record, or empty (logged) when it does not decode or names another person than its key. */
    static Optional<PersonErasure> decode(ConsumerRecord<String, byte[]> record) {
        String where = "partition " + record.partition() + ", offset " + record.offset();
        PersonErasure erasure;
        try {
            erasure = PlatformEventCodec.erasure(record.value());
        } catch (InvalidEventException e) {
            LOG.warnf("skipped an erasure record that does not decode (%s): %s", where, withoutPerson(e.getMessage(), record.key()));
            return Optional.empty();
        }
        if (record.key() != null && !record.key().equals(erasure.personId())) {
            // an inconsistent record is not acted on: whose data to act on would be a guess
            LOG.warnf("skipped erasure %s (%s): its record key is not its personId", erasure.erasureId(), where);
            return Optional.empty();
        }
        return Optional.of(erasure);
    }

    /** The decoding reason, cut short, with the record key (the person id) masked should it appear in it. */
    private static String withoutPerson(String reason, String key) {
        String text = reason == null ? "" : reason;
        if (key != null && !key.isEmpty()) {
            text = text.replace(key, "(person)");
        }
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
