package fr.mesinfos.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one time zone of the pilot: date-only facts start at local midnight in Europe/Paris. */
public final class ParisTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private ParisTime() {
    }

    /** The instant a local day starts in Europe/Paris (midnight, or the first instant after a DST gap). */
    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
