package fr.mesinfos.opendata.trips;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.mesinfos.opendata.publicdata.TransitNetwork.Feed;

/**
 * The public-transport cross-data computation, pure: fixes → stays ({@link Stays}) → places ({@link Places}) → moves
 * ({@link Moves}) → regular trips ({@link RegularTrips}) → transit options on the feed ({@link TransitOptions}).
 */
public final class TripAnalysis {
    private final TripSettings settings;

    public TripAnalysis(TripSettings settings) {
        this.settings = settings;
    }

    public TripReport analyse(List<Fix> fixes, Feed feed) {
        List<Stay> stays = Stays.find(fixes, settings.stayRadiusMeters(), settings.minStay());
        List<Visit> visits = Places.cluster(stays, settings.placeRadiusMeters());
        List<RegularTrip> regular = RegularTrips.find(Moves.between(visits), settings.minDays(), TripSettings.ZONE);
        // data minimisation: only the places the regular trips join are answered (a one-off place stays unsaid)
        Set<String> joined = regular.stream().flatMap(trip -> Stream.of(trip.from().id(), trip.to().id())).collect(Collectors.toSet());
        List<Place> places = visits.stream().map(Visit::place).filter(place -> joined.contains(place.id()))
                .collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a)).values().stream()
                .sorted(Comparator.comparingInt((Place place) -> Integer.parseInt(place.id().substring(1))))
                .toList();
        List<TripReport.ServedTrip> served = regular.stream()
                .map(trip -> new TripReport.ServedTrip(trip, TransitOptions.find(feed, trip, settings)))
                .toList();
        return new TripReport(places, served);
    }
}
