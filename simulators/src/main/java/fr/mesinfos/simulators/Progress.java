package fr.mesinfos.simulators;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** The progress line of one step (a partner's pushes, or the accounts), printed every few seconds while it runs. */
final class Progress implements AutoCloseable {
    private final String step;
    private final int total;
    private final AtomicInteger persons = new AtomicInteger();
    private final AtomicLong events = new AtomicLong();
    private final AtomicReference<String> stage = new AtomicReference<>("");
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;

    Progress(String step, int total, int everySeconds) {
        this.step = step;
        this.total = total;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress-" + step);
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> print(""), everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    /** A new stage of the step (a partner's next format): persons count again from 0. */
    void stage(String name) {
        stage.set(name);
        persons.set(0);
    }

    void personsDone(int count) {
        persons.addAndGet(count);
    }

    void eventsAccepted(int count) {
        events.addAndGet(count);
    }

    long events() {
        return events.get();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        print(" (done in " + Math.round((System.nanoTime() - started) / 1e9) + " s)");
    }

    private void print(String suffix) {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        String current = stage.get().isEmpty() ? "" : stage.get() + " ";
        // a command-line tool: this line is its output
        System.out.println(String.format(Locale.ROOT, "[simulators] %-8s %s%d/%d persons, %,d events accepted, %,.0f events/s%s",
                step, current, persons.get(), total, events.get(), events.get() / seconds, suffix));
    }
}
