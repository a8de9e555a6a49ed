package fr.mesinfos.simulators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/** The rhythms every simulated life follows: Paris time, working days, the heating season, the summer holidays. */
final class Calendar {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Calendar() {
    }

    /** Three weeks away in August, as most of Lyon is. */
    static boolean onHoliday(LocalDate day) {
        return day.getMonth() == Month.AUGUST && day.getDayOfMonth() <= 21;
    }

    static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !onHoliday(day);
    }

    /** How cold the month is in Lyon, 0 (no heating) to 1 (January). */
    static double coldness(LocalDate day) {
        return switch (day.getMonth()) {
            case JANUARY -> 1.0;
            case DECEMBER, FEBRUARY -> 0.85;
            case NOVEMBER, MARCH -> 0.55;
            case OCTOBER, APRIL -> 0.2;
            default -> 0.0;
        };
    }
}
