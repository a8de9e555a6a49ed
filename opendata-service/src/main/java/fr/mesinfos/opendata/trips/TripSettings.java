package fr.mesinfos.opendata.trips;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The thresholds of the trip analysis in one value, so the pure computation takes them as an argument and tests can
 * state them; the service fills it from the {@code mesinfos.trips.*} configuration.
 *
 * @param stayRadiusMeters  a stay is a run of fixes within this distance of the run's first fix
 * @param minStay           ... lasting at least this long (first to last fix)
 * @param placeRadiusMeters a stay joins a place whose centre is within this distance
 * @param minDays           a trip is regular when seen on at least this many distinct days
 * @param maxWalkMeters     a stop serves a place within this geodesic distance
 * @param walkSpeed         walking speed, meters per second
 * @param departureWindow   transit departures are looked for from the typical departure to this much later
 */
public record TripSettings(double stayRadiusMeters, Duration minStay, double placeRadiusMeters, int minDays,
        double maxWalkMeters, double walkSpeed, Duration departureWindow) {

    /** Days and times of day are those of the persons we serve. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public static TripSettings defaults() {
        return new TripSettings(150, Duration.ofMinutes(20), 200, 3, 500, 1.25, Duration.ofMinutes(60));
    }
}
