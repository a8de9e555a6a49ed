package fr.mesinfos.vault.series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.mesinfos.events.Category;
import fr.mesinfos.support.problem.ProblemException;
import fr.mesinfos.vault.read.Order;
import fr.mesinfos.vault.read.RecordReader;
import fr.mesinfos.vault.read.TimeRange;

/**
 * Aggregates a person's time series into Paris-time buckets. Payloads are encrypted at rest, so MongoDB cannot sum
 * them: the records of the range are streamed, opened and folded here, and only the buckets leave the service.
 */
@ApplicationScoped
public class SeriesService {
    /** A bound on the answer's size (about 13 months of hours, or 400 years of months). */
    static final int MAX_BUCKETS = 10_000;

    @Inject
    RecordReader reader;

    public Series aggregate(String personId, Category category, TimeRange range, Step step) {
        Measure measure = Measure.of(category);
        Instant first = step.bucketStart(range.from());
        if (estimateBuckets(first, range.to(), step) > MAX_BUCKETS) {
            throw ProblemException.invalidParameter("step", "more than " + MAX_BUCKETS + " buckets between from and to; use a wider step or a shorter range");
        }
        // a fact of a non-preferred origin counts only where no preferred fact starts at the same time
        Map<Instant, Measure.Point> points = new HashMap<>();
        reader.forEach(personId, category, range, Order.OLDEST, record -> measure.point(record.payload(), record.time())
                .ifPresent(point -> points.merge(point.start(), point, (kept, other) -> kept.preferred() || !other.preferred() ? kept : other)));
        TreeMap<Instant, double[]> sums = new TreeMap<>();
        for (Measure.Point point : points.values()) {
            double[] sum = sums.computeIfAbsent(step.bucketStart(point.start()), start -> new double[2]);
            sum[0] += point.energyWh();
            sum[1]++;
        }
        List<Bucket> buckets = new ArrayList<>();
        double total = 0;
        for (Instant start = first; start.isBefore(range.to()); start = step.next(start)) {
            double[] sum = sums.getOrDefault(start, new double[2]);
            buckets.add(new Bucket(step.label(start), start, step.next(start), round(sum[0]), (int) sum[1]));
            total += sum[0];
        }
        return new Series(category.id(), step.name().toLowerCase(), "Wh", range.from(), range.to(), round(total), buckets);
    }

    private static long estimateBuckets(Instant from, Instant to, Step step) {
        long hours = java.time.Duration.between(from, to).toHours();
        return switch (step) {
            case HOUR -> hours;
            case DAY -> hours / 23;
            case MONTH -> hours / (24 * 28);
        };
    }

    private static double round(double wh) {
        return Math.round(wh * 1000) / 1000.0;
    }
}
