package fr.mesinfos.opendata.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Stays: runs of fixes within the radius of the run's first fix, lasting long enough. */
class StaysTest {
    private static final Instant T0 = Instant.parse("2026-01-12T07:00:00Z");
    private static final Duration MIN_STAY = Duration.ofMinutes(20);

    @Test
    void aRunOfTwentyMinutesIsAStayAtTheMeanPoint() {
        // 0.001° of latitude at 48.85°N is 111.2 m: within 150 m of the first fix
        List<Fix> fixes = List.of(fix(0, 48.850, 2.3), fix(10, 48.851, 2.3), fix(20, 48.850, 2.3));

        List<Stay> stays = Stays.find(fixes, 150, MIN_STAY);

        assertEquals(1, stays.size());
        assertEquals(T0, stays.getFirst().arrival());
        assertEquals(T0.plusSeconds(1200), stays.getFirst().departure());
        assertEquals((48.850 + 48.851 + 48.850) / 3, stays.getFirst().latitude(), 1e-12);
    }

    @Test
    void nineteenMinutesIsNoStay() {
        List<Fix> fixes = List.of(fix(0, 48.85, 2.3), fix(19, 48.85, 2.3));

        assertEquals(List.of(), Stays.find(fixes, 150, MIN_STAY));
    }

    @Test
    void aFixBeyondTheRadiusEndsTheRun() {
        // 0.0014° of latitude is 155.7 m from the first fix: the run stops before it, and restarts there
        List<Fix> fixes = List.of(fix(0, 48.85, 2.3), fix(10, 48.85, 2.3), fix(15, 48.8514, 2.3),
                fix(25, 48.8514, 2.3), fix(40, 48.8514, 2.3));

        List<Stay> stays = Stays.find(fixes, 150, MIN_STAY);

        assertEquals(1, stays.size(), "the first run lasts 10 min only");
        assertEquals(T0.plusSeconds(15 * 60), stays.getFirst().arrival());
        assertEquals(T0.plusSeconds(40 * 60), stays.getFirst().departure());
    }

    @Test
    void fixesAreTakenInTimeOrder() {
        List<Fix> fixes = List.of(fix(30, 48.85, 2.3), fix(0, 48.85, 2.3), fix(15, 48.85, 2.3));

        assertEquals(T0, Stays.find(fixes, 150, MIN_STAY).getFirst().arrival());
    }

    private static Fix fix(int minutes, double latitude, double longitude) {
        return new Fix(T0.plusSeconds(minutes * 60L), latitude, longitude);
    }
}
