package fr.mesinfos.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling for what a server or the platform does asynchronously, with a deadline: never a fixed sleep as an assertion window. */
public final class Await {
    private Await() {
    }

    /** Returns once {@code condition} holds, polling every 250 ms; fails with {@code what} when {@code patience} runs out. */
    public static void until(BooleanSupplier condition, String what, Duration patience) {
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
