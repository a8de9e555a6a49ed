package fr.mesinfos.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.events.access.KafkaAccess;

/**
 * The gate's baseline: Kafka's own clients copying the round's events from the partner topic to one plain topic,
 * one thread (the gate has one stream thread): a read_committed consumer and an idempotent acks=all producer
 * (linger 5 ms, 256 KiB batches, lz4 like the gate's producer), records and headers unchanged.
 */
final class CopyBaseline {
    static final String TOPIC = "consent-service-copy-baseline"; // within the consent service's Kafka grants (consent-service-*)

    private CopyBaseline() {
    }

    /** Copies {@code total} events from {@code from}; the first {@code warm} untimed, the rest timed until all are acknowledged. */
    static Throughput.Result run(String name, Admin admin, Map<TopicPartition, Long> from, long warm, long total)
            throws InterruptedException, ExecutionException {
        try {
            admin.createTopics(List.of(new NewTopic(TOPIC, from.size(), (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long copied = 0;
            long startCount = -1;
            long startNanos = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (copied < total) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + ": " + copied + " of " + total + " copied within 2 minutes");
                }
                if (startCount < 0 && copied >= warm) {
                    producer.flush(); // the warm-up is behind us, acknowledged
                    startCount = copied;
                    startNanos = System.nanoTime();
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    producer.send(new ProducerRecord<>(TOPIC, record.partition(), record.key(), record.value(), record.headers()),
                            (metadata, error) -> {
                                if (error != null) {
                                    failure.compareAndSet(null, error);
                                }
                            });
                    copied++;
                }
            }
            producer.flush();
            long end = System.nanoTime();
            if (failure.get() != null) {
                throw new IllegalStateException(name + ": Kafka did not acknowledge every copy", failure.get());
            }
            if (copied != total) {
                throw new IllegalStateException(name + ": copied " + copied + " events, expected " + total);
            }
            return new Throughput.Result(name, copied - startCount, (end - startNanos) / 1e9);
        }
    }

    /** The gate's account and listener, so the copy pays what the gate pays to reach the broker. */
    private static Map<String, Object> consumerConfig() {
        Map<String, Object> config = TestKafka.as(KafkaAccess.CONSENT);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }

    private static Map<String, Object> producerConfig() {
        Map<String, Object> config = TestKafka.as(KafkaAccess.CONSENT);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }
}
