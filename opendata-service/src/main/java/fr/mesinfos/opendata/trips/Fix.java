package fr.mesinfos.opendata.trips;

import java.time.Instant;

/** One location fix as the trip analysis needs it (time and point), apart from the partner's payload format. */
public record Fix(Instant instant, double latitude, double longitude) {
}
