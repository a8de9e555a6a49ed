package fr.mesinfos.consent.lifecycle.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.consent.lifecycle.ConsentLifecycle;
import fr.mesinfos.consent.lifecycle.Terms;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.ConsentStatus;
import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** The app's side of consent: ask a person, read its own consents only, end one, propose an amendment. App = token azp. */
@Path("/api/v1/apps/me")
@RolesAllowed("app")
@Produces(MediaType.APPLICATION_JSON)
public class AppConsentResource {

    /** The purpose asked for: a DPV code of the vetted list and the plain words in French and English. */
    public record PurposeRequest(String code, String textFr, String textEn) {
    }

    /** What an app asks a person for. */
    public record ConsentRequest(
            @NotBlank @Size(max = 64) String personId,
            List<String> categories,
            @NotNull @Valid PurposeRequest purpose,
            @NotNull Integer accessDays,
            Instant dataFrom,
            Instant dataTo,
            boolean oneOff) {

        Terms terms() {
            return new Terms(categories, purpose.code(), purpose.textFr(), purpose.textEn(), accessDays, dataFrom, dataTo, oneOff);
        }
    }

    /** The terms of the next version an app proposes for an ACTIVE consent. */
    public record AmendmentRequest(
            List<String> categories,
            @NotNull @Valid PurposeRequest purpose,
            @NotNull Integer accessDays,
            Instant dataFrom,
            Instant dataTo,
            boolean oneOff) {

        Terms terms() {
            return new Terms(categories, purpose.code(), purpose.textFr(), purpose.textEn(), accessDays, dataFrom, dataTo, oneOff);
        }
    }

    /** Why the app ends the consent. */
    public record TerminateRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** What the app says it deleted, and how (kept as its attestation). */
    public record DeletionConfirmation(@NotBlank @Size(max = 500) String statement) {
    }

    @Inject
    ConsentLifecycle lifecycle;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/consent-requests")
    @Operation(summary = "Ask a person for consent (REQUESTED until they approve, refuse, or the request expires)")
    public Uni<Response> request(@Valid @NotNull ConsentRequest request) {
        return lifecycle.request(appId(), request.personId(), request.terms())
                .map(consent -> Response.created(URI.create("/api/v1/apps/me/consents/" + consent.id))
                        .entity(ConsentView.of(consent)).build());
    }

    @GET
    @Path("/consents")
    @Operation(summary = "This app's consents (optionally of one status)")
    public Uni<List<ConsentView>> consents(@QueryParam("status") String status) {
        return lifecycle.ofApp(appId(), status(status)).map(list -> list.stream().map(ConsentView::of).toList());
    }

    @GET
    @Path("/consents/{id}")
    @Operation(summary = "One of this app's consents (404 for any other)")
    public Uni<ConsentView> consent(@PathParam("id") UUID id) {
        return lifecycle.ofApp(appId(), id).map(ConsentView::of);
    }

    @POST
    @Path("/consents/{id}/terminate")
    @Operation(summary = "End one of this app's ACTIVE consents: REVOKED, with the reason")
    public Uni<ConsentView> terminate(@PathParam("id") UUID id, @Valid @NotNull TerminateRequest request) {
        return lifecycle.terminate(appId(), id, request.reason()).map(ConsentView::of);
    }

    @POST
    @Path("/consents/{id}/deletion-confirmation")
    @Operation(summary = "Confirm that this app deleted what it received under one of its consents that ended; the person sees it")
    public Uni<ConsentView> confirmDeletion(@PathParam("id") UUID id, @Valid @NotNull DeletionConfirmation request) {
        return lifecycle.confirmDeletion(appId(), id, request.statement()).map(ConsentView::of);
    }

    @POST
    @Path("/consents/{id}/amendments")
    @Operation(summary = "Propose new terms for an ACTIVE consent; the person confirms them (approve) or refuses them")
    public Uni<Response> amend(@PathParam("id") UUID id, @Valid @NotNull AmendmentRequest request) {
        return lifecycle.proposeAmendment(appId(), id, request.terms())
                .map(details -> Response.status(Response.Status.CREATED)
                        .location(URI.create("/api/v1/apps/me/consents/" + id)).entity(ConsentView.of(details)).build());
    }

    private String appId() {
        String appId = caller.appId();
        if (!Topics.isValidAppId(appId)) {
            throw new ProblemException(Problem.of(403, "not-an-app", "Not an app", "This client id is not a valid app id."));
        }
        return appId;
    }

    static ConsentStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ConsentStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("status", "one of REQUESTED, ACTIVE, REJECTED, EXPIRED, WITHDRAWN, REVOKED");
        }
    }
}
