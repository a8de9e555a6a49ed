package fr.mesinfos.opendata.exposure;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's time at each air-quality level over a period and day by day: the answer of the air-exposure service.
 * Seconds are exact (rounded to the second); hours are the same time rounded to 0.1 h for reading.
 */
public record AirExposure(String period, LocalDate from, LocalDate to, long maxGapSeconds, Exposure total, List<DayExposure> days) {

    /** Time at each level 1..6, time with an unknown level, time without any fix, and the communes where time was spent. */
    public record Exposure(List<LevelTime> levels, Time unknown, Time untracked, List<Place> communes) {
    }

    /** One Paris day of the period. */
    public record DayExposure(LocalDate date, List<LevelTime> levels, Time unknown, Time untracked, List<Place> communes) {
    }

    /** The time spent where the day's ATMO index was {@code level}. */
    public record LevelTime(int level, String label, long seconds, double hours) {
    }

    /** A length of time, in seconds and in hours rounded to 0.1. */
    public record Time(long seconds, double hours) {
        static Time ofSeconds(long seconds) {
            return new Time(seconds, hours(seconds));
        }

        static double hours(long seconds) {
            return Math.round(seconds / 360.0) / 10.0;
        }
    }

    /** A commune the person spent time in: INSEE code and name. */
    public record Place(String inseeCode, String name) {
    }
}
