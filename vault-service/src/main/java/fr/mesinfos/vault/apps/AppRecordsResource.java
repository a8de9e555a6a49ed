package fr.mesinfos.vault.apps;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.vault.read.Categories;
import fr.mesinfos.vault.read.TimeRange;
import fr.mesinfos.vault.records.PageRequest;
import fr.mesinfos.vault.records.RecordPage;

/** An app reading the history a person consented to share with it; the app is the token's client, never a parameter. */
@Path("/api/v1/apps/persons/{personId}/records/{category}")
@RolesAllowed("app")
public class AppRecordsResource {

    @Inject
    AppReads reads;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A consenting person's records of one category, within the consent's data period (each read is logged for the person)")
    public RecordPage list(@PathParam("personId") String personId, @PathParam("category") String category,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("order") String order,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return reads.read(caller.appId(), personId, Categories.kept(category), TimeRange.parseOpen(from, to),
                PageRequest.parse(order, limit, cursor));
    }
}
