package fr.mesinfos.personal.services;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The consent service's app API, as the platform's cross-data app: it asks a person for the consent a service needs. */
@RegisterRestClient(configKey = "cross-data-consents")
@OidcClientFilter
@Path("/api/v1/apps/me/consent-requests")
public interface CrossDataConsentsApi {

    /** What the app asks: the person (the logged-in token subject), categories, purpose, access days. */
    record Request(String personId, List<String> categories, Map<String, String> purpose, int accessDays, boolean oneOff) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> ask(Request request);
}
