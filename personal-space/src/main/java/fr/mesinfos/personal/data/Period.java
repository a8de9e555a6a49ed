package fr.mesinfos.personal.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import fr.mesinfos.personal.web.Formats;

/** The days a chart or a table covers, as the person chose them (Paris days, both included), with defaults. */
public record Period(LocalDate from, LocalDate to) {

    /** The asked days, each falling back to its default when absent or not a date; swapped if given backwards. */
    public static Period parse(String from, String to, LocalDate defaultFrom, LocalDate defaultTo) {
        LocalDate start = date(from, defaultFrom);
        LocalDate end = date(to, defaultTo);
        if (start != null && end != null && end.isBefore(start)) {
            return new Period(end, start);
        }
        return new Period(start, end);
    }

    private static LocalDate date(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** Start of the first day (inclusive), or null when open. */
    public String fromInstant() {
        return from == null ? null : from.atStartOfDay(Formats.PARIS).toInstant().toString();
    }

    /** Start of the day after the last one (exclusive), or null when open. */
    public String toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(Formats.PARIS).toInstant().toString();
    }

    public static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Formats.PARIS).toLocalDate();
    }

    public String fromText() {
        return from == null ? "" : from.toString();
    }

    public String toText() {
        return to == null ? "" : to.toString();
    }
}
