package fr.mesinfos.opendata.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Places: stays within 200 m of a place's centre join it; the most stayed at is P1. */
class PlacesTest {
    private static final Instant T0 = Instant.parse("2026-01-12T07:00:00Z");

    @Test
    void staysCloseToACentreJoinItAndTheCentreIsTheirMean() {
        // A at 48.850; B at 48.8515 (166.8 m from A: joins); C at 48.8535 (second centre 48.85075 → 305.8 m: new place)
        List<Visit> visits = Places.cluster(List.of(stay(0, 48.850), stay(1, 48.8515), stay(2, 48.8535), stay(3, 48.8535)), 200);

        assertEquals(List.of("P1", "P1", "P2", "P2"), visits.stream().map(visit -> visit.place().id()).toList());
        Place first = visits.getFirst().place();
        assertEquals(48.85075, first.latitude(), 1e-12);
        assertEquals(2, first.stays());
    }

    @Test
    void theMostStayedAtPlaceIsP1() {
        List<Visit> visits = Places.cluster(List.of(stay(0, 48.80), stay(1, 48.85), stay(2, 48.85)), 200);

        assertEquals(List.of("P2", "P1", "P1"), visits.stream().map(visit -> visit.place().id()).toList());
    }

    @Test
    void consecutiveStaysAtOnePlaceMakeNoMove() {
        List<Visit> visits = Places.cluster(List.of(stay(0, 48.85), stay(1, 48.85), stay(2, 48.88)), 200);

        List<Move> moves = Moves.between(visits);

        assertEquals(1, moves.size());
        assertEquals(T0.plusSeconds(3600 + 1800), moves.getFirst().departure(), "the last fix of the second stay");
        assertEquals(T0.plusSeconds(2 * 3600), moves.getFirst().arrival());
    }

    /** A stay of 30 minutes starting at T0 + hour hours, at the latitude (longitude 2.3). */
    private static Stay stay(int hour, double latitude) {
        Instant arrival = T0.plusSeconds(hour * 3600L);
        return new Stay(arrival, arrival.plusSeconds(1800), latitude, 2.3);
    }
}
