package fr.mesinfos.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import fr.mesinfos.testkit.TestUsers;

/**
 * EDF pushing a long stream of load curve in a thread of its own, one day (48 half-hours) of one meter per batch, the
 * meters in turn, so that a test can crash services while it runs; it can be held before chosen batches until the
 * test releases it (a crash is then sure to fall between pushes). Keeps, per person, the event ids accepted (202).
 */
final class PushStream {
    /** A person's meter the stream pushes for. */
    record Meter(TestUsers person, String prm) {
    }

    private static final Duration LONGEST_HOLD = Duration.ofMinutes(3);

    private final EdfConnector edf;
    private final List<Meter> meters;
    private final LocalDate first;
    private final int days;
    private final Map<Integer, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final Map<TestUsers, Set<String>> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger batchesAccepted = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean stopped;

    PushStream(EdfConnector edf, List<Meter> meters, LocalDate first, int days) {
        this.edf = edf;
        this.meters = List.copyOf(meters);
        this.first = first;
        this.days = days;
        meters.forEach(meter -> accepted.put(meter.person(), new LinkedHashSet<>()));
        this.thread = new Thread(this::run, "edf-push-stream");
        this.thread.setDaemon(true);
    }

    int batches() {
        return meters.size() * days;
    }

    /** The stream will wait before pushing this batch (0-based) until {@link #release(int)}. */
    PushStream holdBefore(int batch) {
        holds.put(batch, new CountDownLatch(1));
        return this;
    }

    void release(int batch) {
        holds.get(batch).countDown();
    }

    void start() {
        thread.start();
    }

    /** Batches the connector accepted (202) so far. */
    int batchesAccepted() {
        return batchesAccepted.get();
    }

    boolean running() {
        return thread.isAlive();
    }

    /** The event ids accepted for the person so far (a copy). */
    Set<String> accepted(TestUsers person) {
        Set<String> ids = accepted.get(person);
        synchronized (ids) {
            return new LinkedHashSet<>(ids);
        }
    }

    int eventsAccepted() {
        return accepted.keySet().stream().mapToInt(person -> accepted(person).size()).sum();
    }

    /** Waits until every batch was pushed and accepted; fails with the stream's failure if it had one. */
    void awaitEnd(Duration patience) throws InterruptedException {
        thread.join(patience.toMillis());
        rethrowFailure();
        if (thread.isAlive()) {
            throw new AssertionError("the stream did not end within " + patience + "; " + batchesAccepted() + " batches accepted");
        }
    }

    /** Fails (the test) with the stream's failure if it had one. */
    void rethrowFailure() {
        Throwable failed = failure.get();
        if (failed != null) {
            throw new AssertionError("the push stream failed after " + batchesAccepted() + " batches", failed);
        }
    }

    /** Stops after the batch in flight, holds released (after a test failure). */
    void stop() {
        stopped = true;
        holds.values().forEach(CountDownLatch::countDown);
    }

    private void run() {
        try {
            for (int batch = 0; batch < batches() && !stopped; batch++) {
                CountDownLatch hold = holds.get(batch);
                if (hold != null && !hold.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("held before batch " + batch + " for more than " + LONGEST_HOLD);
                }
                Meter meter = meters.get(batch % meters.size());
                List<String> ids = edf.pushDays(meter.prm(), first.plusDays(batch / meters.size()), 1);
                Set<String> mine = accepted.get(meter.person());
                synchronized (mine) {
                    mine.addAll(ids);
                }
                batchesAccepted.incrementAndGet();
            }
        } catch (Throwable e) {
            failure.set(e);
        }
    }
}
