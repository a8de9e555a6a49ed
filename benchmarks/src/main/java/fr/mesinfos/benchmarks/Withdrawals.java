package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.Topics;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.cloudevents.CloudEvent;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.Source;

/**
 * Issue 5's withdrawal figure: while one person's load-curve events stream steadily to an app through the gate, the
 * person withdraws through the API; what the app (a read_committed consumer of its topic) still gets after the call
 * returned, by the broker's append time (the app topic is set to LogAppendTime here) and by this consumer's receive time.
 */
final class Withdrawals implements AutoCloseable {
    private static final String ENDED = "fr.mesinfos.consent.ended.v1";

    /** One record of the person on the app's topic, as the app's consumer saw it (wall-clock milliseconds). */
    record Delivery(long receivedAt, long timestamp, TimestampType timestampType, String type, String consentId, String eventId) {
        boolean data() {
            return !ENDED.equals(type);
        }
    }

    /** One withdrawal: when the call returned and what reached the app under that consent around it (delays in ms from the return). */
    record Result(int run, double callMs, int deliveredBefore, int appendedAfter, int receivedAfter, long lastAppended,
            long lastReceived, long lastSent, Long control, String timestampType) {
    }

    private final ConsentApi api;
    private final TestUsers person;
    private final String app;
    private final KafkaProducer<String, CloudEvent> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final ScheduledExecutorService stream = Executors.newSingleThreadScheduledExecutor();
    private final Thread reader;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<String, Long> sent = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile boolean running = true;

    /** Sets the app topic to LogAppendTime, starts the app's consumer at its end, then the person's stream at {@code rate} events/s. */
    Withdrawals(Admin admin, ConsentApi api, TestUsers person, String app, int rate)
            throws InterruptedException, ExecutionException {
        this.api = api;
        this.person = person;
        this.app = app;
        String topic = Topics.app(app);
        admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(
                new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"), AlterConfigOp.OpType.SET)))).all().get();
        // the app reads its topic as it does in production: its own account through the secured listener
        Map<String, Object> config = TestKafka.as(app);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolved now: nothing produced from here on is missed
        this.reader = Thread.ofPlatform().name("app-consumer").start(this::read);
        this.producer = Producers.connectorLike(KafkaAccess.connector(Source.EDF));
        stream.scheduleAtFixedRate(this::sendOne, 0, 1_000_000L / rate, TimeUnit.MICROSECONDS);
    }

    /** One consent granted through the API, seen delivering, then withdrawn after {@code steady}; the deliveries counted {@code after} the return. */
    Result once(int run, Duration steady, Duration after) throws IOException, InterruptedException {
        String id = api.request(Tokens.app(app), person.id(), List.of(Category.EDF_LOAD_CURVE.id()));
        String token = Tokens.user(person);
        api.approve(token, id);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (of(id).stream().noneMatch(Delivery::data)) {
            check();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("run " + run + ": nothing delivered under the new consent within 30 s");
            }
            Thread.sleep(20);
        }
        Thread.sleep(steady.toMillis());
        long callStart = System.nanoTime();
        api.withdraw(token, id);
        long returned = System.currentTimeMillis();
        double callMs = (System.nanoTime() - callStart) / 1e6;
        Thread.sleep(after.toMillis());
        check();
        List<Delivery> mine = of(id);
        List<Delivery> data = mine.stream().filter(Delivery::data).toList();
        Delivery lastAppended = data.stream().max(Comparator.comparingLong(Delivery::timestamp)).orElseThrow();
        Delivery lastReceived = data.stream().max(Comparator.comparingLong(Delivery::receivedAt)).orElseThrow();
        Long control = mine.stream().filter(d -> !d.data()).map(d -> d.timestamp() - returned).findFirst().orElse(null);
        return new Result(run, callMs,
                (int) data.stream().filter(d -> d.timestamp() <= returned).count(),
                (int) data.stream().filter(d -> d.timestamp() > returned).count(),
                (int) data.stream().filter(d -> d.receivedAt() > returned).count(),
                lastAppended.timestamp() - returned, lastReceived.receivedAt() - returned,
                sent.getOrDefault(lastAppended.eventId(), returned) - returned, control, lastAppended.timestampType().toString());
    }

    private List<Delivery> of(String consentId) {
        synchronized (deliveries) {
            return deliveries.stream().filter(d -> consentId.equals(d.consentId())).toList();
        }
    }

    private void sendOne() {
        try {
            ProducerRecord<String, CloudEvent> record = EventCodec.encode(person.id(), LoadCurves.stream(person.id(), next.getAndIncrement()).point());
            sent.put(record.value().getId(), System.currentTimeMillis());
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
            });
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void read() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.currentTimeMillis();
                    if (person.id().equals(record.key())) {
                        Delivery delivery = new Delivery(now, record.timestamp(), record.timestampType(), header(record, "ce_type"),
                                header(record, "mesinfos_consent_id"), header(record, "ce_id"));
                        synchronized (deliveries) {
                            deliveries.add(delivery);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void check() {
        if (failure.get() != null) {
            throw new IllegalStateException("the person's stream or the app's consumer failed", failure.get());
        }
    }

    @Override
    public void close() throws InterruptedException {
        stream.shutdownNow();
        stream.awaitTermination(5, TimeUnit.SECONDS);
        producer.close();
        running = false;
        reader.join(5_000);
        consumer.close();
    }
}
