package fr.mesinfos.personal.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import fr.mesinfos.personal.home.Holdings;
import fr.mesinfos.personal.vault.VaultApi;
import fr.mesinfos.personal.vault.VaultModels;
import fr.mesinfos.personal.web.Formats;
import fr.mesinfos.personal.web.Lang;
import fr.mesinfos.personal.web.Outcome;
import fr.mesinfos.personal.web.Page;
import fr.mesinfos.personal.web.PageException;

/** Export everything (the vault's archive, downloaded) and erase a category or everything, after a clear confirmation. */
@Path("/export")
@Blocking
public class ExportResource {
    private static final Logger LOG = Logger.getLogger(ExportResource.class);
    static final Set<String> NOTICES = Set.of("notice_erased", "notice_erasure_pending", "error_choose_category",
            "error_confirm_erasure", "error_unavailable", "error_failed", "error_invalid");

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance export(Outcome<Holdings> holdings, Outcome<List<VaultModels.ErasureReceipt>> erasures,
                String notice);

        static native TemplateInstance confirm(boolean all, List<Holdings.Row> rows, long total);
    }

    @Inject
    @RestClient
    VaultApi vault;

    @Inject
    ArchiveStream archives;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    Lang lang;

    @Inject
    Page page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("notice") String notice) {
        return page.render(Templates.export(Outcome.of("vault summary", () -> Holdings.of(vault.summary(), lang.locale())),
                Outcome.of("vault erasures", vault::erasures), Page.knownNotice(notice, NOTICES)), "export");
    }

    /** The archive, streamed from the vault to the browser as a download. */
    @GET
    @Path("/archive")
    public Response archive() {
        ArchiveStream.Archive archive;
        try {
            archive = archives.open(accessToken.getToken());
        } catch (IOException e) {
            LOG.warnf("vault export unreachable (%s)", e.getClass().getSimpleName());
            throw new PageException(503, "error_unavailable");
        }
        if (archive.status() != 200) {
            LOG.infof("vault export answered %d", archive.status());
            throw new PageException(archive.status() == 401 ? 401 : 502, Outcome.keyFor(archive.status()));
        }
        String name = "mesinfos-export-" + LocalDate.now(Formats.PARIS) + ".zip";
        StreamingOutput body = out -> {
            try (InputStream in = archive.body()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** First step of an erasure: nothing is erased yet; the page says exactly what will be, and asks to confirm. */
    @POST
    @Path("/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response prepare(@FormParam("scope") String scope, @FormParam("category") List<String> categories) {
        boolean all = "ALL".equals(scope);
        if (!all && (categories == null || categories.isEmpty())) {
            return back("error_choose_category");
        }
        Outcome<Holdings> holdings = Outcome.of("vault summary", () -> Holdings.of(vault.summary(), lang.locale()));
        if (!holdings.ok()) {
            return back(holdings.error());
        }
        List<Holdings.Row> rows = holdings.value().partners().stream().flatMap(p -> p.rows().stream())
                .filter(row -> all || categories.contains(row.category().id())).toList();
        if (rows.isEmpty()) {
            return back("error_choose_category");
        }
        long total = rows.stream().mapToLong(Holdings.Row::count).sum();
        return Response.ok(page.render(Templates.confirm(all, rows, total), "export").render(), MediaType.TEXT_HTML_TYPE).build();
    }

    /** Second step: the person confirmed; the vault erases and answers its receipt. */
    @POST
    @Path("/erase/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@FormParam("scope") String scope, @FormParam("category") List<String> categories,
            @FormParam("understood") String understood) {
        if (!"yes".equals(understood)) {
            return back("error_confirm_erasure");
        }
        boolean all = "ALL".equals(scope);
        if (!all && (categories == null || categories.isEmpty())) {
            return back("error_choose_category");
        }
        Outcome<VaultModels.ErasureReceipt> receipt = Outcome.of("vault erasure",
                () -> vault.erase(all ? VaultModels.ErasureRequest.all() : VaultModels.ErasureRequest.of(categories)));
        if (!receipt.ok()) {
            return back(receipt.error());
        }
        return back("COMPLETED".equals(receipt.value().status()) ? "notice_erased" : "notice_erasure_pending");
    }

    private static Response back(String notice) {
        return Response.seeOther(URI.create("/export?notice=" + notice + "#erase")).build();
    }
}
