package fr.mesinfos.opendata.services;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import fr.mesinfos.events.Category;
import fr.mesinfos.opendata.personal.CrossDataApp;
import fr.mesinfos.opendata.personal.CrossDataConsents;
import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;

/**
 * The cross-data services as a person sees them: what each needs, whether she consented, and a way to have the
 * cross-data app ask her (a consent request she then approves or refuses in her consents, like any app's).
 */
@Path("/api/v1/me/services")
@RolesAllowed("person")
public class CrossDataServicesResource {
    private static final Logger LOG = Logger.getLogger(CrossDataServicesResource.class);

    /** One service: what it needs, why, and which of it the person has not consented to. */
    public record ServiceView(String id, String app, String purposeFr, String purposeEn, List<CategoryView> needs,
            List<CategoryView> missing, boolean ready) {
    }

    /** A category with its names. */
    public record CategoryView(String id, String nameFr, String nameEn) {
        static CategoryView of(Category category) {
            return new CategoryView(category.id(), category.displayNameFr(), category.displayNameEn());
        }
    }

    @Inject
    CurrentCaller caller;

    @Inject
    CrossDataConsents consents;

    @Inject
    @RestClient
    ConsentServiceAppApi consentService;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The cross-data services, what each needs and whether you consented to it")
    public List<ServiceView> services() {
        Instant now = Instant.now();
        return List.of(CrossDataService.values()).stream().map(service -> view(service, now)).toList();
    }

    @POST
    @Path("/{service}/consent-request")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Have the cross-data app ask for your consent to what this service needs (you approve it in your consents)")
    public Response requestConsent(@PathParam("service") String id) {
        CrossDataService service = CrossDataService.byId(id).orElseThrow(() -> new ProblemException(
                Problem.of(404, "unknown-service", "Unknown service", "no cross-data service " + id)));
        Instant now = Instant.now();
        ServiceView view = view(service, now);
        if (view.ready()) {
            throw new ProblemException(Problem.of(409, "already-consented", "Already consented",
                    "you already consented to what " + service.id() + " needs"));
        }
        Instant dataFrom = now.atOffset(ZoneOffset.UTC).minus(service.history()).toInstant();
        ConsentServiceAppApi.ConsentRequest request = new ConsentServiceAppApi.ConsentRequest(caller.personId(),
                service.needs().stream().map(Category::id).toList(),
                new ConsentServiceAppApi.Purpose(CrossDataService.PURPOSE, service.purposeFr(), service.purposeEn()),
                CrossDataService.ACCESS_DAYS, dataFrom, null, false);
        try {
            ConsentServiceAppApi.Created created = consentService.request(request);
            return Response.status(201).entity(created).build();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("the consent service did not take a request of %s (%s)", CrossDataApp.APP_ID, e.getClass().getSimpleName());
            throw new ProblemException(Problem.of(502, "consent-service-unavailable", "Consent service unavailable",
                    "the request could not be made; nothing was asked, try again"));
        }
    }

    private ServiceView view(CrossDataService service, Instant now) {
        List<Category> missing = consents.caughtUp() ? consents.missing(caller.personId(), service.needs(), now) : service.needs();
        return new ServiceView(service.id(), CrossDataApp.APP_ID, service.purposeFr(), service.purposeEn(),
                service.needs().stream().map(CategoryView::of).toList(), missing.stream().map(CategoryView::of).toList(),
                missing.isEmpty());
    }
}
