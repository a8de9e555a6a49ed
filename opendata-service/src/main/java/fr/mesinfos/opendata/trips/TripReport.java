package fr.mesinfos.opendata.trips;

import java.util.List;

/** What the analysis found: the person's places and regular trips, each with the transit options that serve it. */
public record TripReport(List<Place> places, List<ServedTrip> trips) {

    /** A regular trip and its transit options, best first (empty: public transport does not serve it). */
    public record ServedTrip(RegularTrip trip, List<TransitOption> options) {
    }
}
