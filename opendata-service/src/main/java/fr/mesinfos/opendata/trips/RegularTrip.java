package fr.mesinfos.opendata.trips;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A journey the person makes regularly: the same ordered pair of places on {@code daysObserved} distinct days, with its
 * typical (median) departure time of day and duration.
 */
public record RegularTrip(Place from, Place to, int daysObserved, LocalTime typicalDeparture, Duration typicalDuration) {
}
