package fr.mesinfos.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs numbered batches on a fixed number of threads and measures the sustained rate of events acknowledged. */
final class Throughput {

    /** What one side of a comparison achieved. */
    record Result(String name, long events, double seconds) {
        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private Throughput() {
    }

    /** Calls {@code batch} for batch numbers 0..batches-1 on {@code threads} threads; each call returns once acknowledged. */
    static Result measure(String name, int batches, int eventsPerBatch, int threads, IntConsumer batch) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            Future<?>[] workers = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < batches; n = next.getAndIncrement()) {
                        batch.accept(n);
                    }
                });
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(name, (long) batches * eventsPerBatch, (System.nanoTime() - start) / 1e9);
    }

    /** The median rate of several runs of one side, which is what the reports compare. */
    static double median(List<Result> runs) {
        double[] rates = runs.stream().mapToDouble(Result::eventsPerSecond).sorted().toArray();
        return rates.length % 2 == 1 ? rates[rates.length / 2] : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
    }
}
