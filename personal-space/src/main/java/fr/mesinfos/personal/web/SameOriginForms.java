package fr.mesinfos.personal.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.mesinfos.support.problem.Problem;

/**
 * Forms change data (consents, links, erasures): besides the SameSite=Lax session cookie, a POST whose Origin is
 * another site is refused, so no other page can act in the person's name.
 */
public class SameOriginForms {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return null; // not a browser form (browsers send Origin with every POST)
        }
        String host = request.getHeaderString("Host");
        if (host != null && (origin.equals("http://" + host) || origin.equals("https://" + host))) {
            return null;
        }
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "cross-site-form", "Forbidden", "A form of another site cannot act here.")
                        .at(request.getUriInfo().getPath()))
                .build();
    }
}
