package fr.mesinfos.vault.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import fr.mesinfos.events.Topics;
import fr.mesinfos.support.kafka.KafkaClients;
import fr.mesinfos.vault.support.DurableProducer;
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

    private final DurableProducer producer;
    private final Counter count;

    DeadLetters(KafkaClients kafkaClients, MeterRegistry metrics) {
        this.producer = new DurableProducer(kafkaClients, "vault-service-dlq");
        this.count = metrics.counter("mesinfos.vault.dead.letters");
    }

    /** A record that cannot be stored, and why (never its content: the reason may be logged). */
    public record Rejected(ConsumerRecord<byte[], byte[]> record, String reason) {
    }

    /** Sends them and waits for Kafka's acknowledgement, so that the offsets may be committed afterwards. */
    public void send(List<Rejected> rejected) {
        List<ProducerRecord<byte[], byte[]>> letters = new ArrayList<>();
        for (Rejected one : rejected) {
            ConsumerRecord<byte[], byte[]> original = one.record();
            RecordHeaders headers = new RecordHeaders(original.headers().toArray());
            headers.add(REASON, one.reason().getBytes(StandardCharsets.UTF_8));
            headers.add(ORIGIN, (original.topic() + "/" + original.partition() + "@" + original.offset()).getBytes(StandardCharsets.UTF_8));
            letters.add(new ProducerRecord<>(Topics.VAULT_DEAD_LETTER, null, original.key(), original.value(), headers));
        }
        producer.sendAll(letters);
        count.increment(rejected.size());
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
