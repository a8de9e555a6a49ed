package fr.mesinfos.consent.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import io.cloudevents.CloudEvent;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.events.access.KafkaAccess;

/**
 * The test's side of Kafka, with plain clients as the consent service, a connector and an app would use them:
 * publishes consent states and partner events, waits until the gate committed past them, reads an app's topic
 * read_committed.
 */
final class GateKafka implements AutoCloseable {
    static final Duration PROCESSED_WITHIN = Duration.ofSeconds(60);

    private final KafkaProducer<String, byte[]> consentStates;
    private final KafkaProducer<String, byte[]> raw;
    private final KafkaProducer<String, CloudEvent> events;
    private final Admin admin = Admin.create(TestKafka.operator());

    GateKafka() {
        // consent states with the consent service's own account; partner traffic (any partner) as the operator
        Map<String, Object> states = TestKafka.as(KafkaAccess.CONSENT);
        states.put(ProducerConfig.ACKS_CONFIG, "all");
        consentStates = new KafkaProducer<>(states, new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> operator = TestKafka.operator();
        operator.put(ProducerConfig.ACKS_CONFIG, "all");
        raw = new KafkaProducer<>(operator, new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> config = TestKafka.operator();
        config.putAll(EventCodec.durableProducerConfig());
        events = new KafkaProducer<>(config);
    }

    /** Publishes a person's consents on consent.state.v1, as the consent service does. */
    RecordMetadata publish(PersonConsents consents) throws Exception {
        return consentStates.send(new ProducerRecord<>(Topics.CONSENT_STATE, consents.personId(), PlatformEventCodec.encode(consents)))
                .get(10, TimeUnit.SECONDS);
    }

    /** Publishes a partner event about a person, as a connector does. */
    RecordMetadata publish(String personId, CategoryPayload payload) throws Exception {
        return events.send(EventCodec.encode(personId, payload)).get(10, TimeUnit.SECONDS);
    }

    /** Publishes a person's event under another record key, which a connector never does. */
    RecordMetadata publishUnderKey(String key, String personId, CategoryPayload payload) throws Exception {
        ProducerRecord<String, CloudEvent> record = EventCodec.encode(personId, payload);
        return events.send(new ProducerRecord<>(record.topic(), key, record.value())).get(10, TimeUnit.SECONDS);
    }

    /** Publishes bytes that are no CloudEvent at all. */
    RecordMetadata publishRaw(String topic, String key, byte[] value) throws Exception {
        return raw.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the gate committed offsets past every given record: under exactly-once, its output for them is visible. */
    void awaitProcessed(Collection<RecordMetadata> records) throws Exception {
        long deadline = System.nanoTime() + PROCESSED_WITHIN.toNanos();
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("consent-service-gate")
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            boolean done = records.stream().allMatch(r -> {
                OffsetAndMetadata offset = committed.get(new TopicPartition(r.topic(), r.partition()));
                return offset != null && offset.offset() > r.offset();
            });
            if (done) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the gate did not process the records within " + PROCESSED_WITHIN);
            }
            Thread.sleep(100);
        }
    }

    void awaitProcessed(RecordMetadata... records) throws Exception {
        awaitProcessed(List.of(records));
    }

    /**
     * Everything committed on the app's topic about these persons, read as the app does: with the app's own
     * credentials through the secured listener (read_committed), in a consumer group of its own.
     */
    List<ConsumerRecord<String, CloudEvent>> appRecords(String appId, Set<String> persons) {
        return appRecords(appId, appId, persons);
    }

    /** What the app {@code readerId} gets when it reads the topic of {@code appId}; the broker refuses another app's. */
    List<ConsumerRecord<String, CloudEvent>> appRecords(String readerId, String appId, Set<String> persons) {
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(asApp(readerId))) {
            return readAll(consumer, Topics.app(appId), r -> persons.contains(r.key()));
        }
    }

    /** What the app {@code readerId} gets when it reads any topic with its credentials (the broker decides). */
    List<ConsumerRecord<String, CloudEvent>> recordsAs(String readerId, String topic) {
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(asApp(readerId))) {
            return readAll(consumer, topic, r -> true);
        }
    }

    private static Map<String, Object> asApp(String appId) {
        Map<String, Object> config = TestKafka.as(appId);
        config.putAll(EventCodec.consumerConfig());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, appId + ".test-" + UUID.randomUUID());
        return config;
    }

    /** The records on consent.deliveries.v1 about these persons. */
    List<ConsumerRecord<String, byte[]>> deliveryCounts(Set<String> persons) {
        Map<String, Object> config = TestKafka.operator();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            return readAll(consumer, Topics.GATE_DELIVERIES, r -> persons.contains(r.key()));
        }
    }

    /** Polls until {@code condition} holds on the app records of these persons, or the time is up; returns the last read. */
    List<ConsumerRecord<String, CloudEvent>> awaitAppRecords(String appId, Set<String> persons, Duration within,
            Predicate<List<ConsumerRecord<String, CloudEvent>>> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        List<ConsumerRecord<String, CloudEvent>> records = appRecords(appId, persons);
        while (!condition.test(records) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            records = appRecords(appId, persons);
        }
        return records;
    }

    private static <V> List<ConsumerRecord<String, V>> readAll(KafkaConsumer<String, V> consumer, String topic,
            Predicate<ConsumerRecord<String, V>> wanted) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        List<ConsumerRecord<String, V>> found = new ArrayList<>();
        if (partitions.isEmpty()) {
            return found;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("could not read " + topic + " to its end");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                if (wanted.test(r)) {
                    found.add(r);
                }
            });
        }
        return found;
    }

    @Override
    public void close() {
        consentStates.close();
        raw.close();
        events.close();
        admin.close();
    }
}
