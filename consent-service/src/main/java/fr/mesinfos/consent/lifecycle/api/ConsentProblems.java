package fr.mesinfos.consent.lifecycle.api;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.mesinfos.consent.lifecycle.ConsentNotFoundException;
import fr.mesinfos.consent.lifecycle.IllegalTransitionException;
import fr.mesinfos.consent.lifecycle.NotEndedException;
import fr.mesinfos.consent.lifecycle.InvalidTermsException;
import fr.mesinfos.support.problem.Problem;

/** Turns the lifecycle's domain errors into RFC 9457 problems: 400 naming the field, 404 saying nothing, 409 naming status and action. */
public class ConsentProblems {

    @ServerExceptionMapper
    public Response invalidTerms(InvalidTermsException e, UriInfo uri) {
        return respond(Problem.of(400, "invalid-parameter", "Invalid parameter", e.field() + ": " + e.reason())
                .withErrors(List.of(new Problem.InvalidParam(null, e.field(), e.reason()))).at(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response notFound(ConsentNotFoundException e, UriInfo uri) {
        return respond(Problem.of(404, "not-found", "Not found", "You have no such consent.").at(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return respond(Problem.of(409, "illegal-transition", "Action not allowed in the consent's status",
                "The " + e.getMessage() + ".")
                .withErrors(List.of(new Problem.InvalidParam(null, "status",
                        "is " + e.current() + "; action '" + e.action().label() + "' not allowed from it")))
                .at(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response notEnded(NotEndedException e, UriInfo uri) {
        return respond(Problem.of(409, "consent-not-ended", "Consent not ended", "The " + e.getMessage() + ".")
                .withErrors(List.of(new Problem.InvalidParam(null, "status", "is " + e.current() + "; deletion is confirmed after it ends")))
                .at(uri.getPath()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
