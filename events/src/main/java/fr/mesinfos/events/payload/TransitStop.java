package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.OpenDataPayload;
import fr.mesinfos.events.ParisTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** opendata.transit: a public transport stop from a GTFS feed version, with the routes serving it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitStop(
        String feedId,
        LocalDate feedPublishedOn,
        String stopId,
        String stopName,
        double latitude,
        double longitude,
        List<Route> routes) implements OpenDataPayload {

    public TransitStop {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /** A GTFS route calling at the stop; type is the GTFS route_type (0 tram, 1 metro, 3 bus, 11 trolleybus...). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Route(String routeId, String shortName, String longName, int type) {
    }

    @Override
    public List<String> naturalKey() {
        return List.of(feedId, stopId, feedPublishedOn.toString());
    }

    @Override
    public Instant occurredAt() {
        return ParisTime.startOfDay(feedPublishedOn);
    }

    @Override
    public String partitionKey() {
        return feedId + "/" + stopId;
    }
}
