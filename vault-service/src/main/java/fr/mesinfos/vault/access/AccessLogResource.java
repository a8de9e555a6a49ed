package fr.mesinfos.vault.access;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.vault.records.PageRequest;

/** A person sees which app accessed which of their data, how much and when. */
@Path("/api/v1/me/access-log")
@RolesAllowed("person")
public class AccessLogResource {

    /** A page of the access log, newest first. */
    public record AccessPage(List<AccessEntry> items, @JsonInclude(JsonInclude.Include.NON_NULL) String next) {
    }

    @Inject
    AccessLog log;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who accessed my data: app, category, number of records, when (newest first)")
    public AccessPage list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.parse("newest", limit, cursor);
        List<AccessEntry> found = log.list(caller.personId(), request.after(), request.limit() + 1);
        boolean more = found.size() > request.limit();
        List<AccessEntry> shown = more ? found.subList(0, request.limit()) : found;
        return new AccessPage(shown, more ? AccessLog.cursorAfter(shown.get(shown.size() - 1)) : null);
    }
}
