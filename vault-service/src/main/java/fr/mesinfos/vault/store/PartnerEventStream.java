package fr.mesinfos.vault.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.mesinfos.events.DecodedEvent;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.Topics;
import fr.mesinfos.support.kafka.ConsumerLoop;
import fr.mesinfos.support.kafka.KafkaClients;
import fr.mesinfos.vault.erasure.ErasureGuard;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Consumes every partner topic (and only those) and keeps each event in the vault: a poll is decoded, written to
 * MongoDB (duplicates ignored by event id), its rejects sent to the dead-letter topic, and only then are its offsets
 * committed, so a crash at any point redelivers what was not yet stored and nothing is lost or doubled.
 */
@ApplicationScoped
public class PartnerEventStream {
    @Inject
    KafkaClients kafkaClients;

    @ConfigProperty(name = "mesinfos.vault.consumer-group", defaultValue = "vault-service")
    String group;

    @Inject
    RecordWriter writer;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ErasureGuard guard;

    @Inject
    RecordSealer sealer;

    @Inject
    MeterRegistry metrics;

    private ConsumerLoop<byte[], byte[]> loop;

    void start(@Observes StartupEvent started) {
        loop = new ConsumerLoop<>("vault-partner-events",
                () -> new KafkaConsumer<>(config(), new ByteArrayDeserializer(), new ByteArrayDeserializer()),
                Topics.partnerTopics(), (kafka, polled) -> {
                    if (!polled.isEmpty()) {
                        store(polled);
                        kafka.commitSync();
                    }
                });
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(10));
        }
    }

    private void store(Iterable<ConsumerRecord<byte[], byte[]>> polled) {
        List<DecodedEvent<?>> decodedEvents = new ArrayList<>();
        List<ErasureGuard.Candidate> candidates = new ArrayList<>();
        List<DeadLetters.Rejected> rejected = new ArrayList<>();
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            for (ConsumerRecord<byte[], byte[]> record : polled) {
                try {
                    CloudEvent event = deserializer.deserialize(record.topic(), record.headers(), record.value());
                    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
                    DecodedEvent<?> decoded = EventCodec.decode(key, event);
                    if (!Topics.of(decoded.category()).equals(record.topic())) {
                        throw new IllegalArgumentException("event of category " + decoded.category().id() + " on topic " + record.topic());
                    }
                    candidates.add(new ErasureGuard.Candidate(decoded.id().toString(), decoded.personId().orElseThrow(),
                            decoded.category().id(), Instant.ofEpochMilli(record.timestamp())));
                    decodedEvents.add(decoded);
                } catch (RuntimeException e) {
                    rejected.add(new DeadLetters.Rejected(record, reason(e)));
                }
            }
        }
        // events already in Kafka when their person erased them are not stored again (nor is a key made for them)
        Set<String> erased = guard.erased(candidates);
        Date now = new Date();
        List<Document> documents = new ArrayList<>();
        for (DecodedEvent<?> decoded : decodedEvents) {
            if (!erased.contains(decoded.id().toString())) {
                documents.add(sealer.seal(decoded.personId().orElseThrow(), decoded.category(), decoded.id().toString(),
                        decoded.occurredAt(), EventJson.toBytes(decoded.payload()), now));
            }
        }
        RecordWriter.Written written = writer.write(documents);
        // an erasure that started while this poll was being written is caught here, after its own deletion ran
        Set<String> erasedMeanwhile = new java.util.HashSet<>(guard.erased(candidates));
        erasedMeanwhile.removeAll(erased);
        if (!erasedMeanwhile.isEmpty()) {
            writer.delete(erasedMeanwhile);
        }
        if (!rejected.isEmpty()) {
            deadLetters.send(rejected);
        }
        metrics.counter("mesinfos.vault.records.stored").increment(written.stored());
        metrics.counter("mesinfos.vault.records.duplicates").increment(written.duplicates());
        metrics.counter("mesinfos.vault.records.erased.skipped").increment(erased.size() + erasedMeanwhile.size());
    }

    /** The reason without the content: decoding messages name fields and rules, not values. */
    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + (message.length() > 500 ? message.substring(0, 500) : message));
    }

    private Map<String, Object> config() {
        Map<String, Object> config = kafkaClients.consumer(group, "vault-service-partner-events");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}
