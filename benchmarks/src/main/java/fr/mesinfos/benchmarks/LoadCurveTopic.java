package fr.mesinfos.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventCodec;
import io.cloudevents.CloudEvent;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.Source;

/**
 * The partner topic the vault reads (edf.load-curve), filled before a vault starts; each vault round gets a consumer
 * group placed at the topic's end first, so it stores exactly the events produced for it.
 */
final class LoadCurveTopic implements AutoCloseable {
    static final String NAME = Category.EDF_LOAD_CURVE.topic();
    private static final int PARTITIONS = 3;

    private final Admin admin;
    private final KafkaProducer<String, CloudEvent> producer;

    LoadCurveTopic() throws InterruptedException, ExecutionException {
        this.admin = Admin.create(TestKafka.operator());
        this.producer = Producers.connectorLike(KafkaAccess.connector(Source.EDF));
        try {
            admin.createTopics(List.of(new NewTopic(NAME, PARTITIONS, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** Commits, for a group that has never run, the current end of every partition: it will read only what comes next. */
    Map<TopicPartition, Long> placeAtEnd(String group) throws InterruptedException, ExecutionException {
        Map<TopicPartition, Long> ends = ends();
        admin.alterConsumerGroupOffsets(group, ends.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())))).all().get();
        return ends;
    }

    /** The end offset of every partition (the producer is idempotent, not transactional: offsets count events). */
    Map<TopicPartition, Long> ends() throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> latest = java.util.stream.IntStream.range(0, PARTITIONS).boxed()
                .collect(Collectors.toMap(p -> new TopicPartition(NAME, p), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** The sum over the partitions of the offsets a group has committed on this topic (0 where it has none). */
    long committed(String group) throws InterruptedException, ExecutionException {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(e -> e.getKey().topic().equals(NAME) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    Admin admin() {
        return admin;
    }

    /** Encodes each fact as the connectors do (EventCodec: validated, CloudEvents binary, deterministic id) and sends it; returns once all are acknowledged. */
    void produce(List<LoadCurves.Fact> facts) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (LoadCurves.Fact fact : facts) {
            producer.send(EventCodec.encode(fact.personId(), fact.point()), (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
            });
        }
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka did not acknowledge every event", failure.get());
        }
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
