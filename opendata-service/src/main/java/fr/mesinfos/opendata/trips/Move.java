package fr.mesinfos.opendata.trips;

import java.time.Duration;
import java.time.Instant;

/** One observed journey between two places: left at the last fix of one stay, arrived at the first fix of the next. */
public record Move(Place from, Place to, Instant departure, Instant arrival) {
    public Duration duration() {
        return Duration.between(departure, arrival);
    }
}
