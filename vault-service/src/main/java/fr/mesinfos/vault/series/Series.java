package fr.mesinfos.vault.series;

import java.time.Instant;
import java.util.List;

/** A person's time series of one category, aggregated server-side so that a year is a few hundred numbers. */
public record Series(String category, String step, String unit, Instant from, Instant to, double totalWh, List<Bucket> buckets) {
}
