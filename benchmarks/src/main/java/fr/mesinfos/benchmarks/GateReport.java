package fr.mesinfos.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The gate benchmark's figures as Markdown, in the shape docs/benchmarks.md publishes them. */
final class GateReport {

    private GateReport() {
    }

    static String markdown(GateBenchmark.Settings s, String loadBefore, List<GateBenchmark.Round> rounds, List<Withdrawals.Result> withdrawals) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Gate benchmark, %s, %d cores, %d MiB max heap here%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        out.append(String.format(Locale.ROOT, "Load average (1, 5, 15 min) before: %s; at the end: %s%n", loadBefore, VaultReport.loadAverage()));
        out.append(String.format(Locale.ROOT, "Settings: -Dgate.events=%d -Dgate.warmup=%d -Dgate.persons=%d -Dgate.apps=%s -Dgate.withdrawals=%d "
                + "-Dgate.rate=%d -Dgate.steadyMs=%d -Dgate.afterMs=%d%n%n", s.events(), s.warmup(), s.persons(),
                String.join(",", s.apps().stream().map(String::valueOf).toList()), s.withdrawals(), s.rate(), s.steady().toMillis(), s.after().toMillis()));
        out.append("| apps with consents | events timed | Kafka copy events/s | gate events/s in | ratio gate / copy | deliveries (whole round) | skipped | apps' topics, bytes per delivery |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (GateBenchmark.Round r : rounds) {
            out.append(String.format(Locale.ROOT, "| %d | %d | %.0f | %.0f | %.2f | %.0f | %.0f | %s |%n", r.apps(), r.gate().events(),
                    r.copy().eventsPerSecond(), r.gate().eventsPerSecond(), r.gate().eventsPerSecond() / r.copy().eventsPerSecond(),
                    r.delivered(), r.skipped(), r.delivered() == 0 ? "–" : String.format(Locale.ROOT, "%.0f", r.appTopicBytes() / r.delivered())));
        }
        out.append(String.format(Locale.ROOT, "%nWithdrawals (germaine, demo-energy-coach, %d events/s); delays in ms from the withdrawal call's return "
                + "(negative: before it)%n%n", s.rate()));
        out.append("| run | call ms | delivered before return | delivered after return (append time) | received after return | "
                + "last delivery, append time | last delivery, received | last delivered event sent | control event, append time |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Withdrawals.Result w : withdrawals) {
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %d | %d | %d | %d | %d | %d | %s |%n", w.run(), w.callMs(), w.deliveredBefore(),
                    w.appendedAfter(), w.receivedAfter(), w.lastAppended(), w.lastReceived(), w.lastSent(),
                    w.control() == null ? "none seen" : w.control().toString()));
        }
        if (!withdrawals.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nMax: %d delivered after return (append time), %d received after return; last delivery %d ms "
                    + "(append time), %d ms (received) after the return. Timestamps: %s%n",
                    withdrawals.stream().mapToInt(Withdrawals.Result::appendedAfter).max().orElseThrow(),
                    withdrawals.stream().mapToInt(Withdrawals.Result::receivedAfter).max().orElseThrow(),
                    withdrawals.stream().mapToLong(Withdrawals.Result::lastAppended).max().orElseThrow(),
                    withdrawals.stream().mapToLong(Withdrawals.Result::lastReceived).max().orElseThrow(),
                    withdrawals.getFirst().timestampType()));
        }
        return out.toString();
    }
}
