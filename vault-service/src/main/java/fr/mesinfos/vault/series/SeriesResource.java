package fr.mesinfos.vault.series;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.vault.read.Categories;
import fr.mesinfos.vault.read.TimeRange;

/** A person's consumption as a chart-ready series: energy per hour, day or month, instead of every half-hour point. */
@Path("/api/v1/me/records/{category}/series")
@RolesAllowed("person")
public class SeriesResource {
    private static final Duration DEFAULT_SPAN = Duration.ofDays(365);

    @Inject
    SeriesService series;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My energy per hour, day or month (Paris time) over [from, to), for edf.load-curve or edf.daily-consumption")
    public Series get(@PathParam("category") String category,
            @Parameter(description = "ISO-8601 instant, inclusive; default: a year before to") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive; default: now") @QueryParam("to") String to,
            @Parameter(description = "hour, day (default) or month") @QueryParam("step") String step) {
        return series.aggregate(caller.personId(), Categories.kept(category), TimeRange.parse(from, to, DEFAULT_SPAN), Step.parse(step));
    }
}
