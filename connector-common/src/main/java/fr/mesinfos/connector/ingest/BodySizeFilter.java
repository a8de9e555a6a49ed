package fr.mesinfos.connector.ingest;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.mesinfos.support.problem.Problem;

/**
 * Refuses a push whose declared body is over the limit before reading it, with a 413 problem that says the limit
 * (the HTTP server's own, higher limit stays the hard stop for bodies sent without a length).
 */
public class BodySizeFilter {

    // pre-matching filters are built at static init, before runtime configuration: look the settings up per request
    @Inject
    Provider<IngestSettings> settings;

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedPush(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !request.getUriInfo().getPath().startsWith("/api/v1/push")) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null; // the HTTP server answers a malformed length itself
        }
        if (bytes <= settings.get().maxBodyBytes()) {
            return null;
        }
        Problem problem = Problem.of(413, "batch-too-large", "Batch too large", "This body has " + bytes
                + " bytes; at most " + settings.get().maxBodyBytes() + " are accepted per push. Split the batch.")
                .at(request.getUriInfo().getPath());
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
