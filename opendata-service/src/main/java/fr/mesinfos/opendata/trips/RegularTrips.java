package fr.mesinfos.opendata.trips;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the regular trips among the moves: the moves with the same ordered pair of places, departing on at least
 * {@code minDays} distinct days (in the given zone), make a regular trip; its typical departure is the median of their
 * departure times of day and its typical duration the median of their durations (with an even count, the mean of the
 * two middle values, truncated to the second). Ordered by most days, then typical departure.
 */
public final class RegularTrips {
    private RegularTrips() {
    }

    public static List<RegularTrip> find(List<Move> moves, int minDays, ZoneId zone) {
        Map<String, List<Move>> byPair = new LinkedHashMap<>();
        for (Move move : moves) {
            byPair.computeIfAbsent(move.from().id() + ">" + move.to().id(), pair -> new ArrayList<>()).add(move);
        }
        List<RegularTrip> trips = new ArrayList<>();
        for (List<Move> same : byPair.values()) {
            int days = (int) same.stream().map(move -> move.departure().atZone(zone).toLocalDate()).distinct().count();
            if (days >= minDays) {
                long departure = median(same.stream().mapToLong(move -> move.departure().atZone(zone).toLocalTime().toSecondOfDay()).toArray());
                long duration = median(same.stream().mapToLong(move -> move.duration().toSeconds()).toArray());
                Move first = same.getFirst();
                trips.add(new RegularTrip(first.from(), first.to(), days, LocalTime.ofSecondOfDay(departure), Duration.ofSeconds(duration)));
            }
        }
        trips.sort(Comparator.comparingInt((RegularTrip trip) -> -trip.daysObserved()).thenComparing(RegularTrip::typicalDeparture));
        return trips;
    }

    /** The median of at least one value; with an even count, the mean of the two middle ones (truncated). */
    static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
