package fr.mesinfos.connector.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import fr.mesinfos.testkit.KafkaBroker;

/** Looks at a topic of the real broker the way a test needs: how many records it holds, and what they are. */
public final class TopicProbe {

    /** One record as the tests check it: key and CloudEvents headers. */
    public record Seen(String key, String id, String subject, String type) {
    }

    private TopicProbe() {
    }

    /** Total end offset over the topic's partitions (0 when the topic does not exist yet). */
    public static long endOffset(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Reads the topic from the start until at least {@code expected} records are seen (or 30 s pass). */
    public static List<Seen> readAll(String topic, int expected) {
        List<Seen> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (seen.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    seen.add(new Seen(record.key(), header(record, "ce_id"), header(record, "ce_subject"), header(record, "ce_type")));
                }
            }
        }
        return seen;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        // as the operator: the test looks at what the connector wrote, whatever topic
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue(KafkaBroker.OPERATOR_BOOTSTRAP, String.class));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

}
