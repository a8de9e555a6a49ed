package fr.mesinfos.simulators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** The rhythms every simulated life follows: Paris time, working days, the heating season, Lyon's weather, holidays. */
final class Calendar {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Calendar() {
    }

    /** Three weeks away in August (1st to 21st), as much of Lyon is. */
    static boolean onHoliday(LocalDate day) {
        return day.getMonth() == Month.AUGUST && day.getDayOfMonth() <= 21;
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static boolean workingDay(LocalDate day) {
        return !weekend(day) && !onHoliday(day);
    }

    /**
     * How cold the day is in Lyon, 0 (no heating) to about 1.3: the heating season runs November to March, coldest
     * in January, and each day varies around its month (a cold snap, a mild spell). The weather is the same for every
     * person, so it depends on the seed and the day only.
     */
    static double coldness(long seed, LocalDate day) {
        double month = switch (day.getMonth()) {
            case JANUARY -> 1.0;
            case DECEMBER, FEBRUARY -> 0.85;
            case NOVEMBER, MARCH -> 0.55;
            default -> 0.0;
        };
        if (month == 0) {
            return 0;
        }
        SplittableRandom weather = new SplittableRandom(seed * 0x2545F4914F6CDD1DL + day.toEpochDay());
        return month * (0.7 + 0.6 * weather.nextDouble());
    }
}
