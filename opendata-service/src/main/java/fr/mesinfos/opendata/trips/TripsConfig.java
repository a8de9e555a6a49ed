package fr.mesinfos.opendata.trips;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code mesinfos.trips.*} settings of the public-transport service (defaults as in the README). */
@ConfigMapping(prefix = "mesinfos.trips")
public interface TripsConfig {
    /** Meters: a stay's fixes stay within this distance of its first fix. */
    @WithDefault("150")
    double stayRadius();

    /** A stay lasts at least this long. */
    @WithDefault("PT20M")
    Duration minStay();

    /** Meters: a stay joins a place whose centre is this close. */
    @WithDefault("200")
    double placeRadius();

    /** A trip is regular when seen on at least this many distinct days. */
    @WithDefault("3")
    int minDays();

    /** Meters (geodesic) one walks at most to or from a stop. */
    @WithDefault("500")
    double maxWalk();

    /** Meters per second (1.25 = 4.5 km/h). */
    @WithDefault("1.25")
    double walkSpeed();

    /** Transit departures are looked for from the typical departure to this much later. */
    @WithDefault("PT60M")
    Duration departureWindow();
}
