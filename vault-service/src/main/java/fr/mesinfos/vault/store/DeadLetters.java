package fr.mesinfos.vault.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.mesinfos.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Nothing is dropped silently: a record the vault cannot store goes to the dead-letter topic with its original key,
 * bytes and headers, plus why and where it came from; the count is a metric.
 */
@ApplicationScoped
public class DeadLetters {
    public static final String REASON = "mesinfos_dlq_reason";
    public static final String ORIGIN = "mesinfos_dlq_origin";

    private final KafkaProducer<byte[], byte[]> producer;
    private final Counter count;

    DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap, MeterRegistry metrics) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "vault-service-dlq");
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.count = metrics.counter("mesinfos.vault.dead.letters");
    }

    /** A record that cannot be stored, and why (never its content: the reason may be logged). */
    public record Rejected(ConsumerRecord<byte[], byte[]> record, String reason) {
    }

    /** Sends them and waits for Kafka's acknowledgement, so that the offsets may be committed afterwards. */
    public void send(List<Rejected> rejected) {
        List<Future<?>> acks = new ArrayList<>();
        for (Rejected one : rejected) {
            ConsumerRecord<byte[], byte[]> original = one.record();
            RecordHeaders headers = new RecordHeaders(original.headers().toArray());
            headers.add(REASON, one.reason().getBytes(StandardCharsets.UTF_8));
            headers.add(ORIGIN, (original.topic() + "/" + original.partition() + "@" + original.offset()).getBytes(StandardCharsets.UTF_8));
            acks.add(producer.send(new ProducerRecord<>(Topics.VAULT_DEAD_LETTER, null, original.key(), original.value(), headers)));
        }
        for (Future<?> ack : acks) {
            try {
                ack.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending dead letters", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka did not acknowledge a dead letter", e.getCause());
            }
        }
        count.increment(rejected.size());
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
