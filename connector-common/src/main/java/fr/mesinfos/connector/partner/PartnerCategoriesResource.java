package fr.mesinfos.connector.partner;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.support.catalog.CategoryDescription;
import fr.mesinfos.support.identity.CurrentCaller;

/** Tells a partner which categories it may push through this connector, with their schemas. */
@Path("/api/v1/categories")
@RolesAllowed("partner")
public class PartnerCategoriesResource {

    @Inject
    ConnectorPartner partner;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The categories this partner may push, with their topics and JSON Schemas")
    public List<CategoryDescription> categories() {
        partner.requireSameAs(caller);
        return CategoryCatalog.forSource(partner.source()).stream().map(CategoryDescription::of).toList();
    }
}
