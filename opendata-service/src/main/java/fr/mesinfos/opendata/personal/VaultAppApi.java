package fr.mesinfos.opendata.personal;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * The vault's app API, called as the cross-data app (client-credentials token of mesinfos-cross-data): the vault
 * itself checks the person's ACTIVE consent for the category, clips to its data period and logs the read for the
 * person.
 */
@RegisterRestClient(configKey = "vault")
@OidcClientFilter
@Path("/api/v1/apps/persons/{personId}/records/{category}")
public interface VaultAppApi {

    /** One page of the vault's answer (RecordPage): items oldest first when asked, and the cursor of the next page. */
    record Page(String category, List<Item> items, String next) {
    }

    /** One record: its event id, the fact's time, the payload in its catalog schema. */
    record Item(String eventId, Instant time, JsonNode payload) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Page records(@PathParam("personId") String personId, @PathParam("category") String category,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("order") String order,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);
}
