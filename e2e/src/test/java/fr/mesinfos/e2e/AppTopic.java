package fr.mesinfos.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.Topics;
import fr.mesinfos.testkit.TestKafka;
import io.cloudevents.CloudEvent;

/**
 * An app reading its topic app.&lt;app-id&gt;.v1 as a real Kafka client with its own credentials, from the beginning
 * and read_committed (as apps must: the gate writes in transactions); keeps everything it read, in order.
 */
final class AppTopic implements AutoCloseable {
    private final KafkaConsumer<String, CloudEvent> consumer;
    private final List<ConsumerRecord<String, CloudEvent>> received = new ArrayList<>();

    AppTopic(ConsentApi.App app) {
        this(app, "read_committed", app.id() + ".e2e");
    }

    /** Another reader of the app's topic, in a group of its own, e.g. read_uncommitted to see aborted writes too. */
    AppTopic(ConsentApi.App app, String isolation, String group) {
        Map<String, Object> config = TestKafka.as(app.id(), app.secret());
        config.putAll(EventCodec.consumerConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        this.consumer = new KafkaConsumer<>(config);
        this.consumer.subscribe(List.of(Topics.app(app.id())));
    }

    /** Everything read so far, in order (live: it grows as the app reads). */
    List<ConsumerRecord<String, CloudEvent>> received() {
        return received;
    }

    /** Reads for a while: for proving that nothing (more) comes. */
    void readFor(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
        }
    }

    /** Reads until the condition holds; fails after {@code patience}. */
    void readUntil(BooleanSupplier done, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the app's topic did not deliver within " + patience + "; read " + received.size());
            }
            poll();
        }
    }

    /** Reads until its position reaches the end of every partition of the topic as it is now (for its isolation level). */
    void readToEnd(Duration patience) {
        readUntil(() -> {
            Set<TopicPartition> assigned = consumer.assignment();
            if (assigned.isEmpty()) {
                return false;
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
            return assigned.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
        }, patience);
    }

    /** One poll (at most 200 ms); what it read is added to {@link #received()}. */
    void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
    }

    static String header(ConsumerRecord<String, CloudEvent> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
