package fr.mesinfos.opendata.personal;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import fr.mesinfos.support.problem.Problem;

/**
 * Answers a service call without the needed consent: 403 problem+json naming the app and each missing category (id
 * and names), so the personal space can ask the person; 503 with Retry-After while the consents are not read yet.
 * No personal result is computed in either case.
 */
@Provider
public class ConsentRequiredMapper implements ExceptionMapper<ConsentRequired> {

    /** RFC 9457 problem with the extension members {@code app} and {@code missingConsents}. */
    public record ConsentProblem(URI type, String title, int status, String detail, String instance, String app,
            List<MissingConsent> missingConsents) {
    }

    /** A category the person would have to consent to. */
    public record MissingConsent(String category, String nameFr, String nameEn) {
    }

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConsentRequired e) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        if (e.missing().isEmpty()) {
            Problem problem = Problem.of(503, "consents-not-ready", "Consents not read yet",
                    "the service has not read the consents yet; try again in a few seconds").at(instance);
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5").entity(problem).build();
        }
        List<MissingConsent> missing = e.missing().stream().map(c -> new MissingConsent(c.id(), c.displayNameFr(), c.displayNameEn())).toList();
        ConsentProblem problem = new ConsentProblem(URI.create(Problem.TYPE_BASE + "consent-required"), "Consent required", 403,
                "this service needs your consent for " + CrossDataApp.APP_ID + " to use: "
                        + String.join(", ", missing.stream().map(MissingConsent::category).toList()),
                instance, CrossDataApp.APP_ID, missing);
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
