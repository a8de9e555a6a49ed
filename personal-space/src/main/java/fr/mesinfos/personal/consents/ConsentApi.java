package fr.mesinfos.personal.consents;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** The consent service's person API, with the person's own token: only the token subject's consents exist for it. */
@RegisterRestClient(configKey = "consent")
@AccessToken
@Path("/api/v1/me/consents")
@Produces(MediaType.APPLICATION_JSON)
public interface ConsentApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Consent(String id, int version, String status, String appId, List<String> categories, Purpose purpose,
            int accessDays, Instant dataFrom, Instant dataTo, boolean oneOff, Instant requestedAt, Instant requestExpiresAt,
            Instant grantedAt, Instant expiresAt, Ended ended, Deletion deletion, Amendment pendingAmendment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Purpose(String code, String iri, String textFr, String textEn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ended(Instant at, String by, String channel, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Deletion(Instant confirmedAt, String statement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Amendment(int version, List<String> categories, Purpose purpose, int accessDays, Instant dataFrom, Instant dataTo,
            Instant proposedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record History(Instant at, String action, String fromStatus, String toStatus, String actor, String channel,
            int consentVersion, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receipt(String id, String kind, int consentVersion, Instant issuedAt, String jws) {
    }

    /** An approval, narrowed or not: only what the person took out is sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Approval(List<String> categories, Integer accessDays) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reason(String reason) {
    }

    @GET
    List<Consent> mine();

    @GET
    @Path("/{id}")
    Consent one(@PathParam("id") String id);

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    Consent approve(@PathParam("id") String id, Approval approval);

    @POST
    @Path("/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    Consent refuse(@PathParam("id") String id, Reason reason);

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    Consent withdraw(@PathParam("id") String id, Reason reason);

    @GET
    @Path("/{id}/history")
    List<History> history(@PathParam("id") String id);

    @GET
    @Path("/{id}/receipts")
    List<Receipt> receipts(@PathParam("id") String id);
}
