package fr.mesinfos.consent.lifecycle.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import fr.mesinfos.consent.history.HistoryEntry;
import fr.mesinfos.consent.outbox.ImmediateEffect;
import fr.mesinfos.consent.lifecycle.ConsentLifecycle;
import fr.mesinfos.consent.lifecycle.Narrowing;
import fr.mesinfos.consent.receipt.Receipt;
import fr.mesinfos.events.platform.ConsentStatus;
import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** The person's side of consent (their dashboard): list, answer requests, narrow, withdraw, history, receipts. Person = token subject. */
@Path("/api/v1/me/consents")
@RolesAllowed("person")
@Produces(MediaType.APPLICATION_JSON)
public class PersonConsentResource {
    /** Answer header: true when the gate had applied the withdrawal before the answer (false only if it lagged past the wait). */
    public static final String GATE_APPLIED = "MesInfos-Gate-Applied";

    @Inject
    ImmediateEffect effect;

    /** An optional narrowing of what was asked: fewer categories, shorter access, narrower data period; never wider. */
    public record ApproveRequest(List<String> categories, Integer accessDays, Instant dataFrom, Instant dataTo) {
        Narrowing narrowing() {
            return new Narrowing(categories, accessDays, dataFrom, dataTo);
        }
    }

    /** An optional reason, kept in the history. */
    public record ReasonRequest(String reason) {
        static final int MAX = 500;

        static ReasonRequest checked(ReasonRequest request) {
            if (request != null && request.reason() != null && request.reason().length() > MAX) {
                throw ProblemException.invalidParameter("reason", "at most " + MAX + " characters");
            }
            return request;
        }
    }

    /** One line of a consent's history. */
    public record HistoryView(Instant at, String action, String fromStatus, String toStatus, String actor, String channel,
            int consentVersion, String noticeVersion, String reason) {
        static HistoryView of(HistoryEntry e) {
            return new HistoryView(e.at, e.action, e.fromStatus, e.toStatus, e.actor, e.channel, e.consentVersion, e.noticeVersion, e.reason);
        }
    }

    /** A signed receipt (JWS; verify it with GET /api/v1/receipts/jwks.json). */
    public record ReceiptView(UUID id, String kind, int consentVersion, Instant issuedAt, String jws) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.id, r.kind, r.consentVersion, r.issuedAt, r.jws);
        }
    }

    @Inject
    ConsentLifecycle lifecycle;

    @Inject
    CurrentCaller caller;

    @Inject
    OptionalBody bodies;

    @GET
    @Operation(summary = "All my consents, whatever their status")
    public Uni<List<ConsentView>> mine() {
        return lifecycle.ofPerson(caller.personId()).map(list -> list.stream().map(ConsentView::of).toList());
    }

    @GET
    @Path("/pending")
    @Operation(summary = "What waits for my answer: requests, and amendments of active consents")
    public Uni<List<ConsentView>> pending() {
        return lifecycle.ofPerson(caller.personId()).map(list -> list.stream()
                .filter(d -> d.consent().status == ConsentStatus.REQUESTED || d.pendingAmendment() != null)
                .map(ConsentView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my consents")
    public Uni<ConsentView> consent(@PathParam("id") UUID id) {
        return lifecycle.ofPerson(caller.personId(), id).map(ConsentView::of);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Approve a request or a proposed amendment, all of it or narrowed (never wider)")
    public Uni<ConsentView> approve(@PathParam("id") UUID id,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApproveRequest.class))) byte[] body) {
        ApproveRequest request = bodies.read(body, ApproveRequest.class);
        return lifecycle.approve(caller.personId(), id, request == null ? null : request.narrowing()).map(ConsentView::of);
    }

    @POST
    @Path("/{id}/refuse")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Refuse a request (REJECTED) or a proposed amendment (the consent stays as it was)")
    public Uni<ConsentView> refuse(@PathParam("id") UUID id,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReasonRequest.class))) byte[] body) {
        ReasonRequest request = ReasonRequest.checked(bodies.read(body, ReasonRequest.class));
        return lifecycle.refuse(caller.personId(), id, request == null ? null : request.reason()).map(ConsentView::of);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw my consent: WITHDRAWN at once, before this answers")
    public Uni<Response> withdraw(@PathParam("id") UUID id,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReasonRequest.class))) byte[] body) {
        ReasonRequest request = ReasonRequest.checked(bodies.read(body, ReasonRequest.class));
        // WITHDRAWN is committed; the answer waits until the gate applied it, so nothing more reaches the app after it
        return lifecycle.withdraw(caller.personId(), id, request == null ? null : request.reason())
                .flatMap(consent -> effect.apply(consent.personId).map(applied -> Response.ok(ConsentView.of(consent))
                        .header(GATE_APPLIED, applied).build()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Everything that happened to my consent, oldest first")
    public Uni<List<HistoryView>> history(@PathParam("id") UUID id) {
        return lifecycle.history(caller.personId(), id).map(list -> list.stream().map(HistoryView::of).toList());
    }

    @GET
    @Path("/{id}/receipts")
    @Operation(summary = "My signed receipts for this consent (grant, amendment, withdrawal, revocation, expiry)")
    public Uni<List<ReceiptView>> receipts(@PathParam("id") UUID id) {
        return lifecycle.receipts(caller.personId(), id).map(list -> list.stream().map(ReceiptView::of).toList());
    }
}
