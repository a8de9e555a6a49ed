package fr.mesinfos.opendata.exposure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The stretch of Paris days an exposure is summed over: the day, its ISO week (Monday to Sunday) or its calendar month. */
public enum ExposurePeriod {
    DAY, WEEK, MONTH;

    /** The first day of the period holding {@code date}. */
    public LocalDate first(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The last day (inclusive) of the period holding {@code date}. */
    public LocalDate last(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
        };
    }

    /** Its name in the API: day, week, month. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
