package fr.mesinfos.personal.home;

import java.net.URI;
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

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import fr.mesinfos.personal.accounts.AccountLinks;
import fr.mesinfos.personal.vault.VaultApi;
import fr.mesinfos.personal.web.Lang;
import fr.mesinfos.personal.web.Outcome;
import fr.mesinfos.personal.web.Page;

/** The home page: what the platform holds about me (by partner and category) and my linked partner accounts. */
@Path("/")
@Blocking
public class HomeResource {
    static final Set<String> NOTICES = Set.of("notice_linked", "notice_unlinked", "error_link_taken", "error_link_invalid",
            "error_unavailable", "error_failed", "error_not_found");

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(Outcome<Holdings> holdings, List<AccountLinks.PartnerLinks> accounts, String notice);
    }

    @Inject
    @RestClient
    VaultApi vault;

    @Inject
    AccountLinks links;

    @Inject
    Lang lang;

    @Inject
    Page page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home(@QueryParam("notice") String notice) {
        Outcome<Holdings> holdings = Outcome.of("vault summary", () -> Holdings.of(vault.summary(), lang.locale()));
        return page.render(Templates.home(holdings, links.all(), Page.knownNotice(notice, NOTICES)), "home");
    }

    @POST
    @Path("/accounts/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@FormParam("partner") String partner, @FormParam("account") String account) {
        if (partner == null || account == null || account.isBlank() || !Set.of("orange", "edf", "maif").contains(partner)) {
            return back("error_link_invalid");
        }
        Outcome<?> linked = links.link(partner, account.trim());
        return back(linked.ok() ? "notice_linked" : switch (linked.status()) {
            case 409 -> "error_link_taken";
            case 400, 422 -> "error_link_invalid";
            default -> linked.error();
        });
    }

    @POST
    @Path("/accounts/unlink")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlink(@FormParam("partner") String partner, @FormParam("account") String account) {
        if (partner == null || account == null || !Set.of("orange", "edf", "maif").contains(partner)) {
            return back("error_link_invalid");
        }
        Outcome<?> done = links.unlink(partner, account);
        return back(done.ok() ? "notice_unlinked" : done.error());
    }

    private static Response back(String notice) {
        return Response.seeOther(URI.create("/?notice=" + notice + "#accounts")).build();
    }
}
