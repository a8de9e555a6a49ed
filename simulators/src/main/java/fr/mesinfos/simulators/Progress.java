package fr.mesinfos.simulators;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** One progress line every few seconds for a step: persons done of the total, events accepted, rate. */
final class Progress {
    private final String step;
    private final int total;
    private final AtomicLong persons = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final long started = System.nanoTime();
    private volatile long lastPrinted = System.nanoTime();

    Progress(String step, int total) {
        this.step = step;
        this.total = total;
    }

    void personsDone(int count) {
        persons.addAndGet(count);
        maybePrint(false);
    }

    void eventsAccepted(int count) {
        events.addAndGet(count);
        maybePrint(false);
    }

    void finish() {
        maybePrint(true);
    }

    private void maybePrint(boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastPrinted < 3_000_000_000L) {
            return;
        }
        lastPrinted = now;
        double seconds = Math.max(0.001, (now - started) / 1e9);
        // a command-line tool: this line is its output
        System.out.println(String.format(Locale.ROOT, "[simulators] %-8s %d/%d persons, %,d events accepted, %,.0f events/s%s",
                step, persons.get(), total, events.get(), events.get() / seconds, last ? " (done in " + Math.round(seconds) + " s)" : ""));
    }
}
