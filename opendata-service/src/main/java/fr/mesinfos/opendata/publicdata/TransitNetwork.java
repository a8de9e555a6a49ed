package fr.mesinfos.opendata.publicdata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The public transport network of the loaded GTFS feed, in the shape the cross-data services need: stops, and trips
 * as ordered stop times with their route. Replaced as a whole when a feed is loaded.
 */
@ApplicationScoped
public class TransitNetwork {

    /** A GTFS stop (stops.txt). */
    public record Stop(String stopId, String name, double latitude, double longitude) {
    }

    /** A GTFS route (routes.txt); type is the GTFS route_type (0 tram, 1 metro, 3 bus...). */
    public record Route(String routeId, String shortName, String longName, int type) {
    }

    /** A call of a trip at a stop (stop_times.txt); times in seconds after midnight of the service day. */
    public record StopTime(String stopId, int sequence, int arrivalSeconds, int departureSeconds) {
    }

    /** A GTFS trip (trips.txt) with its stop times in sequence order. */
    public record Trip(String tripId, Route route, String serviceId, List<StopTime> stopTimes) {
        public Trip {
            stopTimes = stopTimes.stream().sorted(Comparator.comparingInt(StopTime::sequence)).toList();
        }
    }

    /** A loaded feed: its id, stops by id, trips. */
    public record Feed(String feedId, Map<String, Stop> stops, List<Trip> trips) {
        public static Feed of(String feedId, List<Stop> stops, List<Trip> trips) {
            return new Feed(feedId, stops.stream().collect(Collectors.toUnmodifiableMap(Stop::stopId, Function.identity())), List.copyOf(trips));
        }
    }

    private final AtomicReference<Feed> feed = new AtomicReference<>(new Feed("none", Map.of(), List.of()));

    public void replace(Feed loaded) {
        feed.set(loaded);
    }

    public Feed feed() {
        return feed.get();
    }

    /** The stops within {@code meters} of the point (geodesic distance), nearest first. */
    public List<Nearby> stopsWithin(double latitude, double longitude, double meters) {
        return feed.get().stops().values().stream()
                .map(stop -> new Nearby(stop, Distances.meters(latitude, longitude, stop.latitude(), stop.longitude())))
                .filter(nearby -> nearby.meters() <= meters)
                .sorted(Comparator.comparingDouble(Nearby::meters))
                .toList();
    }

    /** A stop and how far it is. */
    public record Nearby(Stop stop, double meters) {
    }
}
