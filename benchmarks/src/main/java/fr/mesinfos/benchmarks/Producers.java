package fr.mesinfos.benchmarks;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

import fr.mesinfos.events.EventCodec;
import io.cloudevents.CloudEvent;
import fr.mesinfos.testkit.TestKafka;

/** A Kafka producer with the connectors' own settings, so a benchmark's events reach Kafka as a connector's would. */
final class Producers {

    private Producers() {
    }

    /**
     * acks=all and idempotent (the events codec's durable settings), linger 5 ms, 256 KiB batches, lz4, through the
     * secured listener as the connector's own account ({@code connector-<partner>}): as EventPublisher.
     */
    static KafkaProducer<String, CloudEvent> connectorLike(String connectorAccount) {
        Map<String, Object> config = TestKafka.as(connectorAccount);
        config.putAll(EventCodec.durableProducerConfig());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(config);
    }
}
