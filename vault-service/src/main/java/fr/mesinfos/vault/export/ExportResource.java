package fr.mesinfos.vault.export;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.events.ParisTime;
import fr.mesinfos.support.identity.CurrentCaller;

/** A person takes everything the vault holds on them, as one portable archive (GDPR art. 20). */
@Path("/api/v1/me/export")
@RolesAllowed("person")
public class ExportResource {
    public static final String ZIP = "application/zip";

    @Inject
    ExportArchive archive;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(ZIP)
    @Operation(summary = "All my data as a zip: JSON Lines and CSV per category, the JSON Schemas, a manifest with counts and SHA-256 checksums")
    public Response export() {
        String personId = caller.personId();
        StreamingOutput body = out -> archive.write(personId, out);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"mesinfos-export-" + LocalDate.now(ParisTime.ZONE) + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
