package fr.mesinfos.support.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Every service follows Kafka the same way: one consumer on a thread of its own, each poll handed to the feature
 * (which commits when its work is durable), and on any failure a fresh consumer that resumes from the last committed
 * offsets, so a failed poll is read again rather than lost.
 */
public final class ConsumerLoop<K, V> {
    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    /** What a feature does with one poll (called for empty polls too); it commits what it made durable. */
    public interface PollHandler<K, V> {
        void handle(KafkaConsumer<K, V> consumer, ConsumerRecords<K, V> polled);
    }

    private final String name;
    private final Supplier<KafkaConsumer<K, V>> consumers;
    private final List<String> topics;
    private final PollHandler<K, V> handler;
    private Runnable beforeEachStart = () -> { };
    private volatile boolean running;
    private volatile KafkaConsumer<K, V> consumer;
    private Thread thread;

    public ConsumerLoop(String name, Supplier<KafkaConsumer<K, V>> consumers, Collection<String> topics, PollHandler<K, V> handler) {
        this.name = name;
        this.consumers = consumers;
        this.topics = List.copyOf(topics);
        this.handler = handler;
    }

    /** Runs before every (re)start of the consumer, e.g. to reset state rebuilt from the topic; may throw to retry. */
    public ConsumerLoop<K, V> beforeEachStart(Runnable action) {
        this.beforeEachStart = action;
        return this;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the current poll finish and commit within {@code grace}; interrupts a blocked call only after that. */
    public void stop(Duration grace) throws InterruptedException {
        running = false;
        if (thread == null) {
            return;
        }
        thread.join(grace.toMillis());
        KafkaConsumer<K, V> current = consumer;
        if (thread.isAlive() && current != null) {
            current.wakeup();
            thread.join(5_000);
        }
    }

    private void run() {
        while (running) {
            try {
                beforeEachStart.run();
                try (KafkaConsumer<K, V> kafka = consumers.get()) {
                    consumer = kafka;
                    kafka.subscribe(topics);
                    while (running) {
                        handler.handle(kafka, kafka.poll(POLL));
                    }
                } finally {
                    consumer = null;
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                // nothing of the failed poll was committed: a new consumer resumes from the last committed offsets
                LOG.warnf("%s failed (%s); resuming from the last committed offsets", name, e.getClass().getSimpleName());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
