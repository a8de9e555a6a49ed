package fr.mesinfos.opendata.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Regular trips: at least min-days distinct days; medians of departure time and duration. */
class RegularTripsTest {
    private static final Place A = new Place("P1", 48.85, 2.30, 4);
    private static final Place B = new Place("P2", 48.88, 2.36, 4);

    @Test
    void anEvenCountTakesTheMeanOfTheTwoMiddleValues() {
        // departures 08:00, 08:10, 08:20, 09:00 → median (08:10 + 08:20) / 2 = 08:15;
        // durations 30, 40, 50, 35 min → sorted 30, 35, 40, 50 → (35 + 40) / 2 = 37.5 min = 37 min 30 s
        List<Move> moves = List.of(move(12, "08:00", 30), move(13, "08:10", 40), move(14, "08:20", 50), move(15, "09:00", 35));

        RegularTrip trip = RegularTrips.find(moves, 3, TripSettings.ZONE).getFirst();

        assertEquals(4, trip.daysObserved());
        assertEquals(LocalTime.of(8, 15), trip.typicalDeparture());
        assertEquals(Duration.ofSeconds(37 * 60 + 30), trip.typicalDuration());
    }

    @Test
    void threeMovesOnTwoDaysAreNotRegular() {
        List<Move> moves = new ArrayList<>(List.of(move(12, "08:00", 30), move(12, "12:00", 30), move(13, "08:00", 30)));

        assertEquals(List.of(), RegularTrips.find(moves, 3, TripSettings.ZONE));
    }

    @Test
    void daysAreParisDays() {
        // 23:30 UTC on the 12th is 00:30 on the 13th in Paris (winter, UTC+1): three Paris days, not two
        Instant late = Instant.parse("2026-01-12T23:30:00Z");
        List<Move> moves = List.of(move(12, "08:00", 30), new Move(A, B, late, late.plusSeconds(1800)), move(14, "08:00", 30));

        assertEquals(3, RegularTrips.find(moves, 3, TripSettings.ZONE).getFirst().daysObserved());
    }

    private static Move move(int day, String departure, int minutes) {
        Instant leaves = CommuteFixture.at(java.time.LocalDate.of(2026, 1, day), departure);
        return new Move(A, B, leaves, leaves.plusSeconds(minutes * 60L));
    }
}
