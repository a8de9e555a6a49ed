package fr.mesinfos.opendata.trips;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import fr.mesinfos.support.problem.ProblemException;

/**
 * The days a person asks the trips of: {@code from} and {@code to} inclusive (YYYY-MM-DD, Europe/Paris days), by
 * default the last 28 days up to today, at most 92 days; a wrong parameter is a 400 problem naming it.
 */
public record DayRange(LocalDate from, LocalDate to) {
    public static final int DEFAULT_DAYS = 28;
    public static final int MAX_DAYS = 92;

    public static DayRange parse(String from, String to, LocalDate today) {
        LocalDate last = to == null || to.isBlank() ? today : date("to", to);
        LocalDate first = from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (last.isBefore(first)) {
            throw ProblemException.invalidParameter("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw ProblemException.invalidParameter("to", "at most " + MAX_DAYS + " days from from to to");
        }
        return new DayRange(first, last);
    }

    /** The first instant of {@code from}. */
    public Instant start() {
        return from.atStartOfDay(TripSettings.ZONE).toInstant();
    }

    /** The first instant after {@code to} (exclusive end). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(TripSettings.ZONE).toInstant();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(field, "must be a date YYYY-MM-DD");
        }
    }
}
