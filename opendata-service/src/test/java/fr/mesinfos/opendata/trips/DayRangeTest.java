package fr.mesinfos.opendata.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.mesinfos.support.problem.ProblemException;

/** The asked days: defaults, limits, Paris midnights, and 400 problems naming the field. */
class DayRangeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @Test
    void byDefaultTheLast28DaysUpToToday() {
        assertEquals(new DayRange(LocalDate.of(2026, 3, 4), TODAY), DayRange.parse(null, null, TODAY));
    }

    @Test
    void daysStartAtParisMidnight() {
        DayRange range = DayRange.parse("2026-01-12", "2026-01-15", TODAY);

        assertEquals(Instant.parse("2026-01-11T23:00:00Z"), range.start());
        assertEquals(Instant.parse("2026-01-15T23:00:00Z"), range.end(), "to is included: the end is the next midnight");
    }

    @Test
    void ninetyTwoDaysAtMost() {
        assertEquals(LocalDate.of(2026, 4, 2), DayRange.parse("2026-01-01", "2026-04-02", TODAY).to(), "92 days");
        assertEquals("to", field(() -> DayRange.parse("2026-01-01", "2026-04-03", TODAY)));
    }

    @Test
    void wrongParametersNameTheirField() {
        assertEquals("to", field(() -> DayRange.parse("2026-01-15", "2026-01-12", TODAY)));
        assertEquals("from", field(() -> DayRange.parse("12/01/2026", null, TODAY)));
        assertEquals("to", field(() -> DayRange.parse(null, "yesterday", TODAY)));
    }

    private static String field(Runnable parse) {
        ProblemException problem = assertThrows(ProblemException.class, parse::run);
        assertEquals(400, problem.problem().status());
        return problem.problem().errors().getFirst().field();
    }
}
