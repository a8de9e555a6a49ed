package fr.mesinfos.consent.catalog;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.Source;
import fr.mesinfos.support.catalog.CategoryDescription;
import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;

/** The personal-data categories an app may ask consent for, as app developers and persons read them. */
@Path("/api/v1/catalog")
@RolesAllowed({"person", "app", "app-developer", "operator"})
public class CatalogResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Personal-data categories that consent can cover, with display names, sensitivity and retention")
    public List<CategoryDescription> catalog(
            @Parameter(description = "only this partner's categories: orange, edf or maif") @QueryParam("partner") String partner) {
        return CategoryCatalog.all().stream()
                .filter(category -> category.source().isPartner())
                .filter(category -> partner == null || category.source() == partnerSource(partner))
                .map(CategoryDescription::of)
                .toList();
    }

    private static Source partnerSource(String partner) {
        return Source.byId(partner).filter(Source::isPartner).orElseThrow(() -> new ProblemException(
                Problem.of(400, "unknown-partner", "Unknown partner", "No partner '" + partner + "'; known: "
                        + CategoryCatalog.all().stream().map(Category::source).filter(Source::isPartner).map(Source::id).distinct().toList())
                        .withErrors(List.of(new Problem.InvalidParam(null, "partner", "not one of the platform's partners")))));
    }
}
