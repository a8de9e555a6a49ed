package fr.mesinfos.connector.ingest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.connector.partner.ConnectorPartner;
import fr.mesinfos.support.identity.CurrentCaller;
import io.smallrye.mutiny.Uni;

/** The partner's push API: a batch of records in one of the partner's own formats, accepted whole or refused whole. */
@Path("/api/v1/push")
@RolesAllowed("partner")
@Produces(MediaType.APPLICATION_JSON)
public class PushResource {

    @Inject
    IngestService ingest;

    @Inject
    ConnectorPartner partner;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The formats this connector accepts")
    public List<String> formats() {
        partner.requireSameAs(caller);
        return ingest.formatNames();
    }

    @POST
    @Path("/{format}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push a batch (a JSON array of records in the partner's format): 202 once Kafka acknowledged "
            + "every event; 400 with every invalid record, 422 for unlinked accounts, 413 too large, 503 Kafka unavailable")
    public Uni<Response> push(@PathParam("format") String format, byte[] batch) {
        partner.requireSameAs(caller);
        return ingest.ingest(format, batch).map(receipt -> Response.accepted(receipt).build());
    }
}
