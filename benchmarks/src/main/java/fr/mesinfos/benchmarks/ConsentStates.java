package fr.mesinfos.benchmarks;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.ConsentStatus;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.testkit.TestKafka;

/** Waits until consent.state.v1 (published by the service's outbox relay, asynchronously) shows the consents the API granted. */
final class ConsentStates {

    private ConsentStates() {
    }

    /** Until every person's latest state holds an ACTIVE consent for every app, or the timeout. */
    static void awaitActive(Collection<String> personIds, Collection<String> apps, Duration timeout) {
        Map<String, Object> config = TestKafka.operator();
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Map<String, PersonConsents> latest = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CONSENT_STATE).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!personIds.stream().allMatch(person -> activeForAll(latest.get(person), apps))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("consent.state.v1 does not show the consents granted within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null) {
                        latest.put(record.key(), PlatformEventCodec.personConsents(record.value()));
                    }
                }
            }
        }
    }

    private static boolean activeForAll(PersonConsents person, Collection<String> apps) {
        return person != null && apps.stream().allMatch(app -> person.consents().stream()
                .anyMatch((ConsentState c) -> c.appId().equals(app) && c.status() == ConsentStatus.ACTIVE));
    }
}
