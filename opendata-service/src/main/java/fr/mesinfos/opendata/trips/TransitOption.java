package fr.mesinfos.opendata.trips;

import fr.mesinfos.opendata.publicdata.TransitNetwork.Route;
import fr.mesinfos.opendata.publicdata.TransitNetwork.Stop;

/**
 * One way public transport could make a regular trip: walk to a boarding stop, wait for a GTFS trip of the route, ride
 * to an alighting stop, walk on. Times in seconds (GTFS times after midnight of the service day for the vehicle).
 */
public record TransitOption(Route route, String gtfsTripId, Stop boarding, Stop alighting, double walkToBoardingMeters,
        double walkFromAlightingMeters, int departureSeconds, int arrivalSeconds, int waitSeconds, double walkSeconds) {

    /** Arrival at the alighting stop minus departure at the boarding stop. */
    public int inVehicleSeconds() {
        return arrivalSeconds - departureSeconds;
    }

    /** First walk + wait + in vehicle + last walk. */
    public double doorToDoorSeconds() {
        return walkSeconds + waitSeconds + inVehicleSeconds();
    }
}
