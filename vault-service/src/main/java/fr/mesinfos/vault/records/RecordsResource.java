package fr.mesinfos.vault.records;

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

/** A person browsing their own records of one category, by time range, a page at a time. */
@Path("/api/v1/me/records/{category}")
@RolesAllowed("person")
public class RecordsResource {

    @Inject
    RecordPages pages;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My records of one category in [from, to), newest or oldest first, with a cursor to the next page")
    public RecordPage list(@PathParam("category") String category,
            @Parameter(description = "ISO-8601 instant, inclusive; open when absent") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive; open when absent") @QueryParam("to") String to,
            @Parameter(description = "newest (default) or oldest") @QueryParam("order") String order,
            @Parameter(description = "1 to 1000, default 100") @QueryParam("limit") String limit,
            @Parameter(description = "the `next` of the previous page") @QueryParam("cursor") String cursor) {
        return pages.page(caller.personId(), Categories.kept(category), TimeRange.parseOpen(from, to), PageRequest.parse(order, limit, cursor));
    }
}
