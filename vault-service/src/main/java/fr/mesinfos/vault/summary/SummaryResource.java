package fr.mesinfos.vault.summary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.support.identity.CurrentCaller;
import io.smallrye.mutiny.Uni;

/** A person's view of what the vault holds on them; the person is the token subject, never a parameter. */
@Path("/api/v1/me/summary")
@RolesAllowed("person")
public class SummaryResource {

    @Inject
    VaultRecords records;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The categories of data the vault holds on me, with counts, time span and source partner")
    public Uni<List<CategorySummary>> summary() {
        return records.summarize(caller.personId());
    }
}
