package fr.mesinfos.personal.vault;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** The vault's person API, called with the person's own access token: the vault answers for the token subject only. */
@RegisterRestClient(configKey = "vault")
@AccessToken
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public interface VaultApi {

    @GET
    @Path("/summary")
    List<VaultModels.CategorySummary> summary();

    @GET
    @Path("/records/{category}")
    VaultModels.RecordPage records(@PathParam("category") String category, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("order") String order, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/records/{category}/series")
    VaultModels.Series series(@PathParam("category") String category, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("step") String step);

    @GET
    @Path("/access-log")
    VaultModels.AccessPage accessLog(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    VaultModels.ErasureReceipt erase(VaultModels.ErasureRequest request);

    @GET
    @Path("/erasures")
    List<VaultModels.ErasureReceipt> erasures();
}
