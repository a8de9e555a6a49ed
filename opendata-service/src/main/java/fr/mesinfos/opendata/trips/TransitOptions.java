package fr.mesinfos.opendata.trips;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.mesinfos.opendata.publicdata.Distances;
import fr.mesinfos.opendata.publicdata.TransitNetwork.Feed;
import fr.mesinfos.opendata.publicdata.TransitNetwork.Stop;
import fr.mesinfos.opendata.publicdata.TransitNetwork.StopTime;
import fr.mesinfos.opendata.publicdata.TransitNetwork.Trip;

/**
 * Whether a GTFS feed serves a regular trip. A GTFS trip serves it when it calls at a stop within {@code maxWalk}
 * meters (geodesic) of the origin place, departing within [typical departure, typical departure + window], and
 * later (higher stop sequence) at a stop within {@code maxWalk} of the destination place. Its door-to-door time is
 * walk to the boarding stop + wait (departure − typical departure) + in vehicle (arrival at the alighting stop −
 * departure at the boarding stop) + walk from the alighting stop, walking at {@code walkSpeed}. Of all the boarding and
 * alighting pairs of all the trips of a route, the least door-to-door time is kept (ties: the earlier departure); the
 * routes come best first. Service calendars are not checked: the feed carries none, so a trip counts every day.
 */
public final class TransitOptions {
    private static final int DAY = 24 * 3600;

    private TransitOptions() {
    }

    public static List<TransitOption> find(Feed feed, RegularTrip trip, TripSettings settings) {
        Map<String, TransitOption> bestByRoute = new LinkedHashMap<>();
        for (Trip gtfsTrip : feed.trips()) {
            best(feed, gtfsTrip, trip, settings).ifPresent(option -> bestByRoute.merge(option.route().routeId(), option,
                    (kept, other) -> ORDER.compare(other, kept) < 0 ? other : kept));
        }
        List<TransitOption> options = new ArrayList<>(bestByRoute.values());
        options.sort(ORDER);
        return options;
    }

    private static final Comparator<TransitOption> ORDER = Comparator.comparingDouble(TransitOption::doorToDoorSeconds)
            .thenComparingInt(TransitOption::departureSeconds)
            .thenComparing(option -> option.route().routeId());

    /** The best boarding and alighting pair of one GTFS trip for the regular trip, if it has one. */
    private static Optional<TransitOption> best(Feed feed, Trip gtfsTrip, RegularTrip trip, TripSettings settings) {
        int typical = trip.typicalDeparture().toSecondOfDay();
        long window = settings.departureWindow().toSeconds();
        List<StopTime> calls = gtfsTrip.stopTimes();
        TransitOption best = null;
        for (int b = 0; b < calls.size(); b++) {
            StopTime boarding = calls.get(b);
            Stop boardingStop = feed.stops().get(boarding.stopId());
            // GTFS times may pass 24:00 on the service day: compare times of day
            int wait = Math.floorMod(boarding.departureSeconds() - typical, DAY);
            if (boardingStop == null || wait > window) {
                continue;
            }
            double walkTo = meters(trip.from(), boardingStop);
            if (walkTo > settings.maxWalkMeters()) {
                continue;
            }
            for (int a = b + 1; a < calls.size(); a++) {
                StopTime alighting = calls.get(a);
                Stop alightingStop = feed.stops().get(alighting.stopId());
                if (alightingStop == null || alighting.sequence() <= boarding.sequence()) {
                    continue;
                }
                double walkFrom = meters(trip.to(), alightingStop);
                if (walkFrom > settings.maxWalkMeters()) {
                    continue;
                }
                TransitOption option = new TransitOption(gtfsTrip.route(), gtfsTrip.tripId(), boardingStop, alightingStop,
                        walkTo, walkFrom, boarding.departureSeconds(), alighting.arrivalSeconds(), wait,
                        (walkTo + walkFrom) / settings.walkSpeed());
                if (best == null || ORDER.compare(option, best) < 0) {
                    best = option;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static double meters(Place place, Stop stop) {
        return Distances.meters(place.latitude(), place.longitude(), stop.latitude(), stop.longitude());
    }

    /** A GTFS time (seconds after midnight, maybe past 24:00) as HH:mm of the day. */
    public static String hhmm(int seconds) {
        return LocalTime.ofSecondOfDay(Math.floorMod(seconds, DAY)).toString().substring(0, 5);
    }
}
