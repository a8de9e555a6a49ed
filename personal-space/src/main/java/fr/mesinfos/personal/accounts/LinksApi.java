package fr.mesinfos.personal.accounts;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A connector's account-link API (the same on each connector), called with the person's own token. */
@Path("/api/v1/links")
@Produces(MediaType.APPLICATION_JSON)
public interface LinksApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(String account, Instant linkedAt) {
    }

    record LinkRequest(String account) {
    }

    @GET
    List<Link> mine();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Link link(LinkRequest request);

    @DELETE
    @Path("/{account}")
    void unlink(@PathParam("account") String account);
}
