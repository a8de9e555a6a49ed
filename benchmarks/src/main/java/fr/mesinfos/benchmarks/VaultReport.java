package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The vault benchmark's figures as Markdown, in the shape docs/benchmarks.md publishes them. */
final class VaultReport {

    private VaultReport() {
    }

    static String markdown(VaultBenchmark.Settings s, String mongo, String loadBefore, List<Throughput.Result> persistence,
            VaultBenchmark.Queries q) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Vault benchmark, %s, %d cores, %d MiB max heap here; MongoDB: %s%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, mongo));
        out.append(String.format(Locale.ROOT, "Load average (1, 5, 15 min) before the rounds: %s; at the end: %s%n", loadBefore, loadAverage()));
        out.append(String.format(Locale.ROOT, "Settings: -Dvault.events=%d -Dvault.warmup=%d -Dvault.rounds=%d -Dvault.persons=%d -Dvault.calls=%d -Dvault.callWarmup=%d -Dvault.year=%d%n%n",
                s.events(), s.warmup(), s.rounds(), s.persons(), s.calls(), s.callWarmup(), s.year()));
        out.append("| run | events | seconds | events/s |\n|---|---|---|---|\n");
        for (Throughput.Result r : persistence) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.0f |%n", r.name(), r.events(), r.seconds(), r.eventsPerSecond()));
        }
        double raw = Throughput.median(persistence.stream().filter(r -> r.name().startsWith("raw")).toList());
        double vault = Throughput.median(persistence.stream().filter(r -> r.name().startsWith("vault")).toList());
        out.append(String.format(Locale.ROOT, "%nMedian events/s: raw insertMany %.0f, vault %.0f. Ratio vault / raw: %.2f%n%n", raw, vault, vault / raw));
        out.append(String.format(Locale.ROOT, "Queries as %s: %d of their half-hours among %d records, %d timed calls after %d untimed, one client%n%n",
                "germaine", q.points(), q.documents(), s.calls(), s.callWarmup()));
        out.append("| request | p50 ms | p99 ms | max ms | answer bytes |\n|---|---|---|---|---|\n");
        for (Latency.Result r : List.of(q.series(), q.page())) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", r.name(), r.p50(), r.p99(), r.max(), r.bytes()));
        }
        return out.toString();
    }

    /** The machine's load average, to tell a quiet run from one sharing its cores with other work ("n/a" off Linux). */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
