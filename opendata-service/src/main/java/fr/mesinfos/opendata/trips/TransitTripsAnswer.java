package fr.mesinfos.opendata.trips;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of GET /api/v1/me/transit-trips: coarse on purpose (place centres to 3 decimals, about 100 m; distances
 * in whole meters; times in whole minutes, each rounded from seconds on its own).
 */
public record TransitTripsAnswer(LocalDate from, LocalDate to, List<PlaceView> places, List<TripView> regularTrips) {

    /** A place: id, centre rounded to 3 decimals, number of stays. */
    public record PlaceView(String id, double latitude, double longitude, int stays) {
    }

    /** A regular trip with its transit options (empty: not served). */
    public record TripView(String from, String to, int daysObserved, String typicalDeparture, long typicalDurationMinutes,
            List<OptionView> transitOptions) {
    }

    /** The best way one route makes the trip; {@code versusTypicalMinutes} = door to door − typical duration. */
    public record OptionView(RouteView route, StopView boardingStop, StopView alightingStop, String departure,
            String arrival, long walkToStopMeters, long walkFromStopMeters, long walkMinutes, long waitMinutes,
            long inVehicleMinutes, long doorToDoorMinutes, long versusTypicalMinutes) {
    }

    /** A GTFS route: id, short name, GTFS route_type. */
    public record RouteView(String id, String shortName, int type) {
    }

    /** A GTFS stop: id and name. */
    public record StopView(String id, String name) {
    }

    public static TransitTripsAnswer of(DayRange range, TripReport report) {
        List<PlaceView> places = report.places().stream()
                .map(place -> new PlaceView(place.id(), round3(place.latitude()), round3(place.longitude()), place.stays()))
                .toList();
        List<TripView> trips = report.trips().stream().map(TransitTripsAnswer::trip).toList();
        return new TransitTripsAnswer(range.from(), range.to(), places, trips);
    }

    private static TripView trip(TripReport.ServedTrip served) {
        RegularTrip trip = served.trip();
        long typicalSeconds = trip.typicalDuration().toSeconds();
        List<OptionView> options = served.options().stream().map(option -> option(option, typicalSeconds)).toList();
        return new TripView(trip.from().id(), trip.to().id(), trip.daysObserved(),
                trip.typicalDeparture().toString().substring(0, 5), minutes(typicalSeconds), options);
    }

    private static OptionView option(TransitOption option, long typicalSeconds) {
        return new OptionView(
                new RouteView(option.route().routeId(), option.route().shortName(), option.route().type()),
                new StopView(option.boarding().stopId(), option.boarding().name()),
                new StopView(option.alighting().stopId(), option.alighting().name()),
                TransitOptions.hhmm(option.departureSeconds()), TransitOptions.hhmm(option.arrivalSeconds()),
                Math.round(option.walkToBoardingMeters()), Math.round(option.walkFromAlightingMeters()),
                minutes(option.walkSeconds()), minutes(option.waitSeconds()), minutes(option.inVehicleSeconds()),
                minutes(option.doorToDoorSeconds()), minutes(option.doorToDoorSeconds() - typicalSeconds));
    }

    private static long minutes(double seconds) {
        return Math.round(seconds / 60);
    }

    private static double round3(double degrees) {
        return Math.round(degrees * 1000) / 1000.0;
    }
}
