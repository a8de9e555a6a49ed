package fr.mesinfos.connector.link;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.support.identity.CurrentCaller;
import io.smallrye.mutiny.Uni;

/** A person links, lists and removes their accounts at this connector's partner; the person is the token subject. */
@Path("/api/v1/links")
@RolesAllowed("person")
@Produces(MediaType.APPLICATION_JSON)
public class AccountLinkResource {

    /** What a person sends to link an account. */
    public record LinkRequest(@NotBlank String account) {
    }

    /** A link as the person sees it. */
    public record LinkView(String account, Instant linkedAt) {
        static LinkView of(AccountLink link) {
            return new LinkView(link.account, link.linkedAt);
        }
    }

    @Inject
    AccountLinks links;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "My linked accounts at this partner")
    public Uni<List<LinkView>> mine() {
        return links.of(caller.personId()).map(list -> list.stream().map(LinkView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link one of my accounts at this partner (201 created, 200 if already mine, 409 if another person's)")
    public Uni<Response> link(@Valid @NotNull LinkRequest request) {
        return links.link(caller.personId(), request.account()).map(linked -> linked.created()
                ? Response.created(URI.create("/api/v1/links/" + linked.link().account)).entity(LinkView.of(linked.link())).build()
                : Response.ok(LinkView.of(linked.link())).build());
    }

    @DELETE
    @Path("/{account}")
    @Operation(summary = "Remove my link to this account: the partner's records for it are refused from now on")
    public Uni<Response> unlink(@PathParam("account") String account) {
        return links.unlink(caller.personId(), account).map(done -> Response.noContent().build());
    }
}
