package fr.mesinfos.vault.series;

import java.time.Instant;

/** One bucket of a series: its Paris-time label and bounds, the energy in it and how many facts made it up. */
public record Bucket(String label, Instant start, Instant end, double energyWh, int points) {
}
