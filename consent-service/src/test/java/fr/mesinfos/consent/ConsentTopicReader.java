package fr.mesinfos.consent;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.testkit.TestKafka;

/** Reads consent.state.v1 from its start, as a follower would, waiting (bounded) for a person's record to match. */
public final class ConsentTopicReader {
    private ConsentTopicReader() {
    }

    /** The first record of the person (key) whose consents match, within the timeout. */
    public static Optional<PersonConsents> await(String personId, Predicate<PersonConsents> match, Duration timeout) {
        Map<String, Object> config = TestKafka.operator();
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor(Topics.CONSENT_STATE, Duration.ofSeconds(2)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (personId.equals(record.key())) {
                        PersonConsents consents = PlatformEventCodec.personConsents(record.value());
                        if (match.test(consents)) {
                            return Optional.of(consents);
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Matches a record holding this consent in this status. */
    public static Predicate<PersonConsents> holds(String consentId, String status) {
        return consents -> consents.consents().stream().map(ConsentState.class::cast)
                .anyMatch(c -> c.consentId().equals(consentId) && c.status().name().equals(status));
    }
}
