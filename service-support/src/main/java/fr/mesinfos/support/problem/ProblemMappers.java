package fr.mesinfos.support.problem;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;

/** Turns every error a service raises into RFC 9457 problem+json; nothing internal (or personal) leaks in a 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.problem().status()).type(Problem.MEDIA_TYPE)
                .entity(e.problem().at(uri.getPath()));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::toInvalidParam)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(Problem.of(400, "invalid-request", "Invalid request",
                errors.size() + " invalid field(s)").withErrors(errors).at(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "Your token does not carry a role allowed to do this.").at(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity() || status < 400) {
            return e.getResponse();
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(Problem.of(status, "http-" + status, reason, e.getMessage()).at(uri.getPath()));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(RuntimeException e, UriInfo uri) {
        // the message may hold personal data: log the type and where, never the content
        LOG.errorf("unexpected %s on %s", e.getClass().getName(), uri.getPath());
        return respond(Problem.of(500, "internal-error", "Internal error",
                "The request could not be completed; nothing was changed.").at(uri.getPath()));
    }

    private static Problem.InvalidParam toInvalidParam(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // drop the method and parameter prefix ("push.body.") so the field reads as the client sent it
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
        return new Problem.InvalidParam(null, field, violation.getMessage());
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
