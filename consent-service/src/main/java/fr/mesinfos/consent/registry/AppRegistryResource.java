package fr.mesinfos.consent.registry;

import java.net.URI;
import java.util.List;
import java.util.Optional;

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

import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.support.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/** App developers register their apps and see them; operators see every app. */
@Path("/api/v1/apps")
@RolesAllowed({"app-developer", "operator"})
@Blocking
public class AppRegistryResource {

    @Inject
    AppRegistry registry;

    @Inject
    CurrentCaller caller;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an app: creates its confidential Keycloak client (role app); the client secret is shown once")
    public Response register(AppRequest request) {
        if (request == null) {
            throw ProblemException.invalidParameter("appId", "is required");
        }
        AppView registered = registry.register(request, caller.personId());
        return Response.created(URI.create("/api/v1/apps/" + registered.appId())).entity(registered).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My registered apps (every app for an operator)")
    public List<AppView> list() {
        return registry.list(scope());
    }

    @GET
    @Path("/{appId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One of my apps (any app for an operator)")
    public AppView get(@PathParam("appId") String appId) {
        Optional<String> owner = scope();
        return registry.find(appId).filter(app -> owner.isEmpty() || owner.get().equals(app.ownerId))
                .map(app -> AppView.of(app, null))
                .orElseThrow(() -> ProblemException.notFound("no app " + appId + " of yours"));
    }

    /** Operators see every app; a developer only theirs. */
    private Optional<String> scope() {
        return identity.hasRole("operator") ? Optional.empty() : Optional.of(caller.personId());
    }
}
