package fr.mesinfos.opendata.trips;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.opendata.personal.PersonalData;
import fr.mesinfos.opendata.publicdata.TransitNetwork;
import fr.mesinfos.support.identity.CurrentCaller;

/**
 * The public-transport cross-data service for the calling person (token subject): their regular trips and whether the
 * loaded GTFS network serves them. Needs the person's ACTIVE consent of mesinfos-cross-data for orange.geolocation;
 * without it, a 403 naming the missing consent and nothing computed.
 */
@Path("/api/v1/me/transit-trips")
@RolesAllowed("person")
public class TransitTripsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    PersonalData personalData;

    @Inject
    TransitNetwork network;

    @Inject
    TripsConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My regular trips (from my location fixes) and the public transport that could serve them")
    public TransitTripsAnswer trips(@QueryParam("from") String from, @QueryParam("to") String to) {
        DayRange range = DayRange.parse(from, to, LocalDate.now(TripSettings.ZONE));
        List<Fix> fixes = personalData.read(caller.personId(), Category.ORANGE_GEOLOCATION, GeolocationFix.class, range.start(), range.end())
                .stream().map(fix -> new Fix(fix.instant(), fix.latitude(), fix.longitude())).toList();
        TripReport report = new TripAnalysis(settings()).analyse(fixes, network.feed());
        return TransitTripsAnswer.of(range, report);
    }

    private TripSettings settings() {
        return new TripSettings(config.stayRadius(), config.minStay(), config.placeRadius(), config.minDays(),
                config.maxWalk(), config.walkSpeed(), config.departureWindow());
    }
}
