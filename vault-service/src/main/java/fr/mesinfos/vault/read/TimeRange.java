package fr.mesinfos.vault.read;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import fr.mesinfos.support.problem.ProblemException;

/** A half-open time range [from, to) of facts, read from optional query parameters with precise errors. */
public record TimeRange(Instant from, Instant to) {
    /** Before the oldest fact the catalog can hold and after anything that can be sent. */
    public static final TimeRange EVERYTHING = new TimeRange(Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"));

    public TimeRange {
        if (!to.isAfter(from)) {
            throw ProblemException.invalidParameter("to", "must be after from");
        }
    }

    /** from/to as ISO-8601 instants; a missing {@code to} is now, a missing {@code from} is {@code defaultSpan} before it. */
    public static TimeRange parse(String from, String to, Duration defaultSpan) {
        Instant end = to == null || to.isBlank() ? Instant.now() : instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(defaultSpan) : instant("from", from);
        return new TimeRange(start, end);
    }

    /** from/to as ISO-8601 instants, each end open when missing. */
    public static TimeRange parseOpen(String from, String to) {
        return new TimeRange(from == null || from.isBlank() ? EVERYTHING.from : instant("from", from),
                to == null || to.isBlank() ? EVERYTHING.to : instant("to", to));
    }

    /** The part of this range that also lies in [from, to) (either bound may be null = open); empty if none. */
    public java.util.Optional<TimeRange> intersect(Instant otherFrom, Instant otherTo) {
        Instant start = otherFrom != null && otherFrom.isAfter(from) ? otherFrom : from;
        Instant end = otherTo != null && otherTo.isBefore(to) ? otherTo : to;
        return end.isAfter(start) ? java.util.Optional.of(new TimeRange(start, end)) : java.util.Optional.empty();
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(field, "must be an ISO-8601 instant such as 2026-01-31T23:00:00Z");
        }
    }
}
