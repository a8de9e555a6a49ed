package fr.mesinfos.vault.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import fr.mesinfos.support.kafka.KafkaClients;

/** A Kafka producer that sends and waits for the acknowledgement of every replica (acks=all, idempotent), or fails. */
public final class DurableProducer implements AutoCloseable {
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final KafkaProducer<byte[], byte[]> producer;

    /** A producer of the service's own Kafka account (connection and identity from {@code kafka.*}), named {@code clientId}. */
    public DurableProducer(KafkaClients kafkaClients, String clientId) {
        Map<String, Object> config = kafkaClients.named(clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(ACK_TIMEOUT_SECONDS) / 2);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(ACK_TIMEOUT_SECONDS));
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends them all, then waits for every acknowledgement; throws if any is not acknowledged. */
    public void sendAll(List<ProducerRecord<byte[], byte[]>> records) {
        List<Future<?>> acks = records.stream().<Future<?>>map(producer::send).toList();
        for (Future<?> ack : acks) {
            try {
                ack.get(ACK_TIMEOUT_SECONDS + 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka did not acknowledge a record", e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge a record in time", e);
            }
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
