package fr.mesinfos.opendata.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mesinfos.events.payload.DailyConsumption.Origin;
import fr.mesinfos.opendata.energy.EnergyWeather.DayFigures;
import fr.mesinfos.opendata.energy.EnergyWeather.MonthFigures;

/** January 2026 of the fixtures (EnergyFixtures), every figure computed by hand. */
class EnergyWeatherCalculatorTest {
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final double EPSILON = 1e-9;

    private final EnergyWeather result = new EnergyWeatherCalculator().compute(JANUARY, EnergyFixtures.COMMUNE,
            EnergyFixtures.readings(), EnergyFixtures.weather());

    /** HDD = max(0, 18 − (Tmin + Tmax) / 2): (0 + 4) / 2 = 2 → 16; (18 + 30) / 2 = 24 → 0, never negative. */
    @Test
    void heatingDegreeDays() {
        assertEquals(16.0, DegreeDays.heating(0, 4), EPSILON);
        assertEquals(0.0, DegreeDays.heating(18, 30), EPSILON);
        assertEquals(18.0, DegreeDays.heating(-2, 2), EPSILON);
    }

    /** Every day of January is listed; the 1st uses the Linky 26 kWh, not the billing 99; the 2nd the billing 23. */
    @Test
    void daysOfTheMonth() {
        assertEquals(31, result.days().size());
        DayFigures first = result.days().get(0);
        assertEquals(LocalDate.of(2026, 1, 1), first.date());
        assertEquals(26.0, first.kWh(), EPSILON);
        assertEquals("enedis-daily-energy", first.source());
        assertEquals(2.0, first.meanTemperatureC(), EPSILON);
        assertEquals(16.0, first.hdd(), EPSILON);
        DayFigures second = result.days().get(1);
        assertEquals(23.0, second.kWh(), EPSILON);
        assertEquals("edf-billing-statement", second.source());
        assertEquals(13.0, second.hdd(), EPSILON);
        DayFigures fifth = result.days().get(4);
        assertNull(fifth.kWh());
        assertNull(fifth.hdd());
        assertEquals("Commune des tests", result.communeName());
    }

    /**
     * Fit window 2025-02-01..2026-01-31, days with both values (the January 2025 days are outside it, 2025-07-01 has no kWh):
     * <pre>
     *  x = HDD = 10, 8, 16, 13, 11, 8     mean 66 / 6 = 11
     *  y = kWh = 20, 18, 26, 23, 22, 17   mean 126 / 6 = 21
     *  x − 11 = -1, -3, 5, 2, 0, -3       y − 21 = -1, -3, 5, 2, 1, -4
     *  Sxx = 1 + 9 + 25 + 4 + 0 + 9 = 48  Sxy = 1 + 9 + 25 + 4 + 0 + 12 = 51  Syy = 1 + 9 + 25 + 4 + 1 + 16 = 56
     *  slope = 51 / 48 = 1.0625 kWh per degree-day; base = 21 − 1.0625 × 11 = 9.3125 kWh/day
     *  r² = 51² / (48 × 56) = 2601 / 2688 = 0.96763...  → 0.9676
     * </pre>
     */
    @Test
    void modelFittedByLeastSquares() {
        assertEquals(LocalDate.of(2025, 2, 1), result.model().from());
        assertEquals(LocalDate.of(2026, 1, 31), result.model().to());
        assertEquals(6, result.model().days());
        assertEquals(9.3125, result.model().baseKWhPerDay(), EPSILON);
        assertEquals(1.0625, result.model().slopeKWhPerDegreeDay(), EPSILON);
        assertEquals(0.9676, result.model().r2(), EPSILON);
    }

    /**
     * Normal January HDD per day = mean over the loaded Januaries: (18 + 15 + 12 + 10 + 16 + 13 + 11 + 8) / 8 = 103 / 8 = 12.875.
     * January 2026: n = 4, A = 26 + 23 + 22 + 17 = 88 kWh, H = 16 + 13 + 11 + 8 = 48, N = 12.875 × 4 = 51.5
     * normalised = 88 × (9.3125 × 4 + 1.0625 × 51.5) / (9.3125 × 4 + 1.0625 × 48) = 88 × 91.96875 / 88.25 = 91.70821... → 91.708
     * December 2025: n = 2, A = 38, H = 18, normal December per day = (10 + 8) / 2 = 9 → N = 18 = H → normalised = 38.
     */
    @Test
    void weatherNormalisedMonths() {
        MonthFigures january = result.thisMonth();
        assertEquals(4, january.days());
        assertEquals(88.0, january.kWh(), EPSILON);
        assertEquals(48.0, january.hdd(), EPSILON);
        assertEquals(51.5, january.normalHdd(), EPSILON);
        assertEquals(91.708, january.normalisedKWh(), EPSILON);

        List<MonthFigures> months = result.trend().months();
        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2025, 2), months.getFirst().month());
        assertEquals(0, months.getFirst().days());
        assertNull(months.getFirst().normalisedKWh());
        MonthFigures december = months.get(10);
        assertEquals(YearMonth.of(2025, 12), december.month());
        assertEquals(38.0, december.kWh(), EPSILON);
        assertEquals(18.0, december.normalHdd(), EPSILON);
        assertEquals(38.0, december.normalisedKWh(), EPSILON);
    }

    /**
     * Trend on normalised kWh per day by month rank: December (rank 10) 38 / 2 = 19; January (rank 11) 91.70821 / 4 = 22.92705.
     * Two points: slope = 22.92705 − 19 = 3.92705 per month, mean = 20.96353;
     * per year = 12 × 3.92705 / 20.96353 × 100 = 224.7935... → 224.79 %.
     */
    @Test
    void trendPerYear() {
        assertEquals(224.79, result.trend().percentPerYear(), EPSILON);
    }

    /**
     * January 2025: n = 4, A = 30 + 27 + 24 + 21 = 102, H = 18 + 15 + 12 + 10 = 55, N = 51.5
     * normalised = 102 × 91.96875 / (37.25 + 1.0625 × 55 = 95.6875) = 98.03592... → 98.036
     * raw change = (88 − 102) / 102 = −13.7254...% → −13.73; HDD change = (48 − 55) / 55 = −12.7272...% → −12.73
     * normalised change = (91.70822 − 98.03592) / 98.03592 = −6.4544...% → −6.45
     */
    @Test
    void sameMonthLastYear() {
        MonthFigures lastYear = result.yearOverYear().lastYear();
        assertEquals(YearMonth.of(2025, 1), lastYear.month());
        assertEquals(102.0, lastYear.kWh(), EPSILON);
        assertEquals(55.0, lastYear.hdd(), EPSILON);
        assertEquals(98.036, lastYear.normalisedKWh(), EPSILON);
        assertEquals(-13.73, result.yearOverYear().kWhChangePercent(), EPSILON);
        assertEquals(-12.73, result.yearOverYear().hddChangePercent(), EPSILON);
        assertEquals(-6.45, result.yearOverYear().normalisedChangePercent(), EPSILON);
    }

    /** Two usage points the same day add up (10 + 5 = 15 kWh); a day with a billing figure only says so. */
    @Test
    void usagePointsAddUp() {
        var readings = List.of(EnergyFixtures.reading("A", "2026-01-10", 10, Origin.ENEDIS_DAILY_ENERGY),
                EnergyFixtures.reading("B", "2026-01-10", 5, Origin.ENEDIS_DAILY_ENERGY));
        EnergyWeather alone = new EnergyWeatherCalculator().compute(JANUARY, EnergyFixtures.COMMUNE, readings, List.of());
        assertEquals(15.0, alone.days().get(9).kWh(), EPSILON);
        assertNull(alone.model(), "no temperatures: no model");
        assertNull(alone.thisMonth().kWh(), "no day has both values");
        assertNull(alone.yearOverYear().kWhChangePercent());
    }
}
