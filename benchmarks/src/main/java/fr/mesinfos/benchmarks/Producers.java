package fr.mesinfos.benchmarks;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

import fr.mesinfos.events.EventCodec;
import io.cloudevents.CloudEvent;

/** A Kafka producer with the connectors' own settings, so a benchmark's events reach Kafka as a connector's would. */
final class Producers {

    private Producers() {
    }

    /** acks=all and idempotent (the events codec's durable settings), linger 5 ms, 256 KiB batches, lz4: as EventPublisher. */
    static KafkaProducer<String, CloudEvent> connectorLike(String bootstrap) {
        Map<String, Object> config = new HashMap<>(EventCodec.durableProducerConfig());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(config);
    }
}
