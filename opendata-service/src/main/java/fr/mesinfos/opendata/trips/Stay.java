package fr.mesinfos.opendata.trips;

import java.time.Duration;
import java.time.Instant;

/**
 * A time the person stayed somewhere: from its first fix ({@code arrival}) to its last ({@code departure}), at the
 * mean point of its fixes.
 */
public record Stay(Instant arrival, Instant departure, double latitude, double longitude) {
    public Duration duration() {
        return Duration.between(arrival, departure);
    }
}
