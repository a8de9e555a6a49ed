package fr.mesinfos.opendata.exposure;

import static fr.mesinfos.opendata.exposure.ExposureFixtures.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mesinfos.opendata.exposure.AirExposure.DayExposure;
import fr.mesinfos.opendata.exposure.AirExposure.LevelTime;
import fr.mesinfos.opendata.exposure.AirExposure.Place;

/** The exposure of the fixtures' person, computed by hand (see ExposureFixtures for the map and the fixes). */
class ExposureCalculatorTest {
    private static final Instant LATER = Instant.parse("2027-01-01T00:00:00Z");
    private static final long H = 3600;

    private final ExposureCalculator calculator = new ExposureCalculator(ExposureFixtures.communeStore(),
            ExposureFixtures.airQualityStore(), Duration.ofHours(2));

    /**
     * Day 2026-01-15, max gap 2 h:
     * <pre>
     *  F0 14th 23:00 Alpha -> F1 00:30: 1.5 h, of which 00:00-00:30 in the day      0.5 h level 2
     *  F1 00:30 Alpha -> F2 08:00, capped at 2 h: 00:30-02:30                         2   h level 2
     *  F2 08:00 Beta  -> F3 09:00                                                      1   h level 4
     *  F3 09:00 OUT   -> F4 10:00 (in no commune)                                      1   h unknown
     *  F4 10:00 Alpha -> F5 11:30                                                      1.5 h level 2
     *  F5 11:30 Beta  -> F6 23:00, capped: 11:30-13:30                                 2   h level 4
     *  F6 23:00 Alpha -> F7 16th 12:00, capped 01:00, cut at the day's end 24:00       1   h level 2
     *  level 2 = 0.5 + 2 + 1.5 + 1 = 5 h = 18000 s; level 4 = 1 + 2 = 3 h = 10800 s; unknown 1 h = 3600 s
     *  untracked = 24 - 9 = 15 h = 54000 s (02:30-08:00 and 13:30-23:00); communes Alpha then Beta
     * </pre>
     */
    @Test
    void oneDay() {
        AirExposure exposure = calculator.compute(ExposurePeriod.DAY, DAY, ExposureFixtures.fixes(), LATER);

        assertEquals("day", exposure.period());
        assertEquals(DAY, exposure.from());
        assertEquals(DAY, exposure.to());
        assertEquals(7200, exposure.maxGapSeconds());
        assertLevels(exposure.total().levels(), 0, 5 * H, 0, 3 * H, 0, 0);
        assertEquals(1 * H, exposure.total().unknown().seconds());
        assertEquals(15 * H, exposure.total().untracked().seconds());
        assertEquals(15.0, exposure.total().untracked().hours());
        assertEquals(List.of(new Place("69901", "Alpha"), new Place("69902", "Beta")), exposure.total().communes());
        assertEquals(1, exposure.days().size());
        assertLevels(exposure.days().getFirst().levels(), 0, 5 * H, 0, 3 * H, 0, 0);
    }

    /**
     * ISO week of Thursday 2026-01-15: Monday 12th to Sunday 18th (7 × 24 h = 168 h).
     * <pre>
     *  12th, 13th: no fix                                         untracked 24 h each
     *  14th: F0 23:00-24:00 Alpha, no index on the 14th          unknown 1 h, untracked 23 h
     *  15th: as the day above, F0's part 00:00-00:30 included     level 2: 5 h, level 4: 3 h, unknown 1 h
     *  16th: F6's part 00:00-01:00 Alpha (index 3 on the 16th)    level 3: 1 h
     *        F7 12:00-14:00 Beta (no index on the 16th)           unknown 2 h; untracked 24 - 3 = 21 h
     *  17th, 18th: no fix                                         untracked 24 h each
     *  week: level 2 = 5 h, level 3 = 1 h, level 4 = 3 h, unknown = 1 + 1 + 2 = 4 h = 14400 s,
     *        untracked = 168 - 13 = 155 h = 558000 s
     * </pre>
     */
    @Test
    void isoWeekSplitsIntervalsAtParisMidnight() {
        AirExposure exposure = calculator.compute(ExposurePeriod.WEEK, DAY, ExposureFixtures.fixes(), LATER);

        assertEquals(LocalDate.of(2026, 1, 12), exposure.from());
        assertEquals(LocalDate.of(2026, 1, 18), exposure.to());
        assertLevels(exposure.total().levels(), 0, 5 * H, 1 * H, 3 * H, 0, 0);
        assertEquals(4 * H, exposure.total().unknown().seconds());
        assertEquals(155 * H, exposure.total().untracked().seconds());
        assertEquals(7, exposure.days().size());

        DayExposure monday = exposure.days().get(0);
        assertEquals(LocalDate.of(2026, 1, 12), monday.date());
        assertEquals(24 * H, monday.untracked().seconds());
        assertEquals(List.of(), monday.communes());

        DayExposure wednesday = exposure.days().get(2);
        assertLevels(wednesday.levels(), 0, 0, 0, 0, 0, 0);
        assertEquals(1 * H, wednesday.unknown().seconds());
        assertEquals(23 * H, wednesday.untracked().seconds());
        assertEquals(List.of(new Place("69901", "Alpha")), wednesday.communes());

        DayExposure friday = exposure.days().get(4);
        assertEquals(LocalDate.of(2026, 1, 16), friday.date());
        assertLevels(friday.levels(), 0, 0, 1 * H, 0, 0, 0);
        assertEquals(2 * H, friday.unknown().seconds());
        assertEquals(21 * H, friday.untracked().seconds());
        assertEquals(List.of(new Place("69901", "Alpha"), new Place("69902", "Beta")), friday.communes());
    }

    /**
     * The same day asked at 10:30 Paris: nothing counted after now.
     * level 2 = 0.5 (F0) + 2 (F1) + 0.5 (F4 10:00-10:30) = 3 h; level 4 = 1 h (F2); unknown 1 h (F3);
     * untracked = 10.5 - 5 = 5.5 h = 19800 s.
     */
    @Test
    void nothingIsCountedAfterNow() {
        AirExposure exposure = calculator.compute(ExposurePeriod.DAY, DAY, ExposureFixtures.fixes(), ExposureFixtures.paris(DAY, 10, 30));

        assertLevels(exposure.total().levels(), 0, 3 * H, 0, 1 * H, 0, 0);
        assertEquals(1 * H, exposure.total().unknown().seconds());
        assertEquals(19800, exposure.total().untracked().seconds());
        assertEquals(5.5, exposure.total().untracked().hours());
    }

    /** Fixes arrive in any order; 45 min = 2700 s reads 0.8 h (0.75 rounded to 0.1). */
    @Test
    void fixesAreSortedAndHoursRoundedToATenth() {
        var fixes = List.of(ExposureFixtures.fix(DAY, 12, 45, ExposureFixtures.Place.OUT),
                ExposureFixtures.fix(DAY, 12, 0, ExposureFixtures.Place.BETA));
        AirExposure exposure = calculator.compute(ExposurePeriod.DAY, DAY, fixes, LATER);

        LevelTime level4 = exposure.total().levels().get(3);
        assertEquals(4, level4.level());
        assertEquals("mauvais", level4.label());
        assertEquals(2700, level4.seconds());
        assertEquals(0.8, level4.hours());
        assertEquals(2 * H, exposure.total().unknown().seconds()); // OUT 12:45-14:45
    }

    /** 29 March 2026 loses an hour in Paris (DST): the day is 23 h long, all untracked without fixes. */
    @Test
    void dstDayIsTwentyThreeHours() {
        AirExposure exposure = calculator.compute(ExposurePeriod.DAY, LocalDate.of(2026, 3, 29), List.of(), LATER);
        assertEquals(23 * H, exposure.total().untracked().seconds());
    }

    @Test
    void periodsAreIsoWeeksAndCalendarMonths() {
        LocalDate sunday = LocalDate.of(2026, 1, 18);
        assertEquals(LocalDate.of(2026, 1, 12), ExposurePeriod.WEEK.first(sunday));
        assertEquals(sunday, ExposurePeriod.WEEK.last(sunday));
        assertEquals(LocalDate.of(2026, 2, 1), ExposurePeriod.MONTH.first(LocalDate.of(2026, 2, 14)));
        assertEquals(LocalDate.of(2026, 2, 28), ExposurePeriod.MONTH.last(LocalDate.of(2026, 2, 14)));
    }

    /** Labels of the ATMO levels, in order. */
    static void assertLevels(List<LevelTime> levels, long... seconds) {
        assertEquals(List.of("bon", "moyen", "dégradé", "mauvais", "très mauvais", "extrêmement mauvais"),
                levels.stream().map(LevelTime::label).toList());
        assertEquals(java.util.Arrays.stream(seconds).boxed().toList(), levels.stream().map(LevelTime::seconds).toList());
    }
}
