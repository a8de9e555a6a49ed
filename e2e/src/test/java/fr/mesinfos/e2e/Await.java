package fr.mesinfos.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling for what the platform does asynchronously, with a deadline: never a fixed sleep as an assertion window. */
final class Await {
    private Await() {
    }

    static void until(BooleanSupplier condition, String what, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + patience + ": " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
