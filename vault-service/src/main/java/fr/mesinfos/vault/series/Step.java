package fr.mesinfos.vault.series;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import fr.mesinfos.events.ParisTime;
import fr.mesinfos.support.problem.ProblemException;

/** The width of a series bucket, in Paris local time (a day is 23 or 25 hours at the DST changes, as on a bill). */
public enum Step {
    HOUR, DAY, MONTH;

    /** The start of the bucket holding this instant. */
    public Instant bucketStart(Instant time) {
        ZonedDateTime local = time.atZone(ParisTime.ZONE);
        return switch (this) {
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.toLocalDate().atStartOfDay(ParisTime.ZONE).toInstant();
            case MONTH -> local.toLocalDate().withDayOfMonth(1).atStartOfDay(ParisTime.ZONE).toInstant();
        };
    }

    /** The start of the bucket after the one starting at {@code start}. */
    public Instant next(Instant start) {
        ZonedDateTime local = start.atZone(ParisTime.ZONE);
        return switch (this) {
            case HOUR -> start.plus(1, ChronoUnit.HOURS);
            case DAY -> local.toLocalDate().plusDays(1).atStartOfDay(ParisTime.ZONE).toInstant();
            case MONTH -> local.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(ParisTime.ZONE).toInstant();
        };
    }

    /** The bucket's name in Paris time: 2026-01-15T08:00, 2026-01-15, 2026-01. */
    public String label(Instant start) {
        ZonedDateTime local = start.atZone(ParisTime.ZONE);
        return switch (this) {
            case HOUR -> local.toLocalDateTime().truncatedTo(ChronoUnit.HOURS).toString();
            case DAY -> local.toLocalDate().toString();
            case MONTH -> local.toLocalDate().toString().substring(0, 7);
        };
    }

    public static Step parse(String step) {
        try {
            return step == null || step.isBlank() ? DAY : valueOf(step.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("step", "must be hour, day or month");
        }
    }
}
