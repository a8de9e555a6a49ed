package fr.mesinfos.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The broker is a real Kafka: a record produced with acks=all is consumed back through it (as the operator). */
class KafkaBrokerTest {

    private static void create(String topic) throws Exception {
        try (Admin admin = Admin.create(TestKafka.operator())) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void recordProducedIsConsumedThroughTheBroker() throws Exception {
        String bootstrap = SharedInfrastructure.kafka().get("kafka.bootstrap.servers");
        assertTrue(bootstrap.startsWith("127.0.0.1:"), "binds to loopback only: " + bootstrap);
        assertTrue(SharedInfrastructure.kafka().get(KafkaBroker.OPERATOR_BOOTSTRAP).startsWith("127.0.0.1:"), "operator listener on loopback only");
        String topic = "testkit.roundtrip." + UUID.randomUUID();
        create(topic);

        Map<String, Object> producerConfig = TestKafka.operator();
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        RecordMetadata written;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            written = producer.send(new ProducerRecord<>(topic, "person-1", "hello")).get();
        }

        Map<String, Object> consumerConfig = TestKafka.operator();
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + UUID.randomUUID());
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (received.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        assertEquals(1, received.size());
        assertEquals("person-1", received.get(0).key());
        assertEquals("hello", received.get(0).value());
        assertEquals(written.offset(), received.get(0).offset());
    }

    @Test
    void startedOncePerJvm() {
        Map<String, String> first = SharedInfrastructure.kafka();
        Map<String, String> second = SharedInfrastructure.kafka();
        assertEquals(first, second);
    }

    @Test
    void clusterIdsAreNeverReadAsCommandLineOptions() {
        for (int i = 0; i < 2_000; i++) {
            String id = KafkaBroker.randomClusterId();
            assertEquals(22, id.length(), id);
            assertTrue(!id.startsWith("-"), id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lz4", "zstd", "snappy", "gzip"})
    void brokerAcceptsEveryCompressionCodec(String codec) throws Exception {
        create("testkit.codec." + codec);
        Map<String, Object> producerConfig = TestKafka.operator();
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, codec);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            RecordMetadata written = producer.send(new ProducerRecord<>("testkit.codec." + codec, "k", "compressed with " + codec)).get();
            assertTrue(written.offset() >= 0);
        }
    }
}
