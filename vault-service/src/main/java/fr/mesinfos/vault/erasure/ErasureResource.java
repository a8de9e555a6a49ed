package fr.mesinfos.vault.erasure;

import java.net.URI;
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
import org.jboss.logging.Logger;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.platform.ErasureScope;
import fr.mesinfos.events.platform.PersonErasure;
import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.support.problem.ProblemException;

/** A person erases one or more categories of their data, or everything, and keeps the receipts (GDPR art. 17). */
@Path("/api/v1/me/erasures")
@RolesAllowed("person")
public class ErasureResource {
    private static final Logger LOG = Logger.getLogger(ErasureResource.class);

    @Inject
    ErasureProcessor processor;

    @Inject
    Erasures erasures;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase my data: {\"scope\":\"ALL\"} or {\"scope\":\"CATEGORIES\",\"categories\":[...]}; answers the receipt")
    public Response erase(ErasureRequest request) {
        if (request == null) {
            throw ProblemException.invalidParameter("scope", "is required: send {\"scope\":\"ALL\"} or {\"scope\":\"CATEGORIES\",\"categories\":[...]}");
        }
        ErasureScope scope = request.checkedScope();
        List<Category> categories = request.checkedCategories();
        String personId = caller.personId();
        PersonErasure erasure = processor.request(personId, scope, categories);
        int status = 201;
        try {
            processor.complete(erasure.erasureId());
        } catch (RuntimeException e) {
            // recorded as pending: the background pass finishes it; the person sees it pending meanwhile
            LOG.warnf("erasure %s left pending (%s)", erasure.erasureId(), e.getClass().getSimpleName());
            status = 202;
        }
        return Response.status(status).location(URI.create("/api/v1/me/erasures/" + erasure.erasureId()))
                .entity(erasures.receipt(personId, erasure.erasureId()).orElseThrow()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My erasure receipts, newest first")
    public List<ErasureReceipt> list() {
        return erasures.receipts(caller.personId());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One of my erasure receipts")
    public ErasureReceipt get(@PathParam("id") String id) {
        return erasures.receipt(caller.personId(), id).orElseThrow(() -> ProblemException.notFound("no erasure " + id + " of yours"));
    }
}
