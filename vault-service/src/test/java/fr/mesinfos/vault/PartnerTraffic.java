package fr.mesinfos.vault;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.testkit.TestKafka;
import io.cloudevents.CloudEvent;

/**
 * Plays partner traffic as it reaches the vault in production: each record is written by the connector account of
 * the partner whose topic it goes to, so the broker's ACLs apply to the tests' traffic as to the real one.
 */
final class PartnerTraffic {
    private PartnerTraffic() {
    }

    /** The producer settings of the connector that writes {@code topic} (a partner topic), for CloudEvents. */
    static Map<String, Object> connectorOf(String topic) {
        Map<String, Object> config = TestKafka.as(KafkaAccess.connector(categoryOf(topic).source()));
        config.putAll(EventCodec.producerConfig());
        return config;
    }

    /** Sends the events in order, each acknowledged before the next (they all go to the first one's partner topics). */
    static void send(List<ProducerRecord<String, CloudEvent>> events) throws Exception {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(connectorOf(events.getFirst().topic()))) {
            for (ProducerRecord<String, CloudEvent> event : events) {
                producer.send(event).get();
            }
        }
    }

    /** Sends raw bytes (what a faulty connector could write) to a partner topic. */
    static void sendRaw(String topic, byte[] key, byte[] value) throws Exception {
        Map<String, Object> config = TestKafka.as(KafkaAccess.connector(categoryOf(topic).source()));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static Category categoryOf(String topic) {
        return Arrays.stream(Category.values()).filter(category -> category.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(topic + " is not a category topic"));
    }
}
