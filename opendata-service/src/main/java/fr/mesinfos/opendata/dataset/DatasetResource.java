package fr.mesinfos.opendata.dataset;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.Source;
import fr.mesinfos.support.catalog.CategoryDescription;

/** The public datasets this service publishes on opendata.* topics, for the apps and persons who use them. */
@Path("/api/v1/datasets")
@RolesAllowed({"person", "app", "app-developer", "operator"})
public class DatasetResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The open datasets published by MesInfos, with their topics and JSON Schemas")
    public List<CategoryDescription> datasets() {
        return CategoryCatalog.forSource(Source.OPENDATA).stream().map(CategoryDescription::of).toList();
    }
}
