package fr.mesinfos.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.testkit.TestKafka;

/**
 * The vault's own Kafka account (principal vault-service) on the secured broker: it reads the partner topics and the
 * consent topics in its own groups and writes its dead letters, and is refused the rest: writing a partner topic or
 * consents, reading an app's topic, a group not its own, creating a topic.
 */
class KafkaAccessTest {
    private static final String APP_TOPIC = Topics.app("demo-energy-coach");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static Map<String, Object> vault() {
        return TestKafka.as(KafkaAccess.VAULT);
    }

    @Test
    void theVaultReadsPartnerAndConsentTopicsInItsOwnGroups() {
        for (String topic : List.of(Category.EDF_LOAD_CURVE.topic(), Topics.CONSENT_STATE, Topics.GATE_DELIVERIES)) {
            readToTheEnd(KafkaAccess.VAULT + "-access-test-" + UUID.randomUUID(), topic);
        }
    }

    @Test
    void theVaultWritesItsDeadLetters() throws Exception {
        send(Topics.VAULT_DEAD_LETTER);
    }

    @Test
    void theVaultCannotWriteAPartnerTopicNorConsents() {
        assertThrows(TopicAuthorizationException.class, () -> send(Category.EDF_LOAD_CURVE.topic()));
        assertThrows(TopicAuthorizationException.class, () -> send(Topics.CONSENT_STATE));
    }

    @Test
    void theVaultCannotReadAnAppsTopicNorUseAGroupNotItsOwn() {
        assertThrows(TopicAuthorizationException.class, () -> readToTheEnd(KafkaAccess.VAULT + "-access-test-" + UUID.randomUUID(), APP_TOPIC));
        assertThrows(GroupAuthorizationException.class, () -> readToTheEnd("demo-energy-coach", Category.EDF_LOAD_CURVE.topic()));
    }

    @Test
    void theVaultCannotCreateTopics() {
        try (Admin admin = Admin.create(vault())) {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> admin
                    .createTopics(List.of(new NewTopic("partner.edf.made-up-" + UUID.randomUUID() + ".v1", Optional.empty(), Optional.empty())))
                    .all().get(30, TimeUnit.SECONDS));
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
        }
    }

    /** Subscribes in the group and polls until the consumer is at the end of every partition; throws when refused. */
    private static void readToTheEnd(String group, String topic) {
        Map<String, Object> config = vault();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500));
                if (!consumer.assignment().isEmpty() && atEnd(consumer)) {
                    return;
                }
            }
            throw new AssertionError(topic + " not read to its end within " + PATIENCE);
        }
    }

    private static boolean atEnd(KafkaConsumer<byte[], byte[]> consumer) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    /** One acknowledged record, as the vault's producers send (acks=all); the cause of a refusal is thrown as is. */
    private static void send(String topic) throws Exception {
        Map<String, Object> config = vault();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        byte[] key = ("access-test-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            var written = producer.send(new ProducerRecord<>(topic, key, "access test".getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
            assertEquals(topic, written.topic());
            assertFalse(written.offset() < 0);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
