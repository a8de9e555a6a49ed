package fr.mesinfos.opendata.services;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The consent service's app API, called as the cross-data app (client-credentials token of mesinfos-cross-data). */
@RegisterRestClient(configKey = "consent")
@OidcClientFilter
@Path("/api/v1/apps/me")
public interface ConsentServiceAppApi {

    /** What the app asks a person for (consent-service AppConsentResource.ConsentRequest). */
    record ConsentRequest(String personId, List<String> categories, Purpose purpose, int accessDays, Instant dataFrom,
            Instant dataTo, boolean oneOff) {
    }

    /** A DPV purpose code and its plain words. */
    record Purpose(String code, String textFr, String textEn) {
    }

    /** The part of the created consent the person is shown here: its id, status and version. */
    record Created(String id, String status, int version) {
    }

    @POST
    @Path("/consent-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Created request(ConsentRequest request);
}
