package fr.mesinfos.personal.consents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import fr.mesinfos.personal.web.Lang;
import fr.mesinfos.personal.web.Outcome;
import fr.mesinfos.personal.web.Page;
import fr.mesinfos.personal.web.PageException;

/** "My consents": requests to answer (all or part, or refuse), active consents to withdraw in one click, the past. */
@Path("/consents")
@Blocking
public class ConsentsResource {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F-]{36}");
    static final Set<String> NOTICES = Set.of("notice_requested", "notice_approved", "notice_refused", "notice_withdrawn", "error_choose_category",
            "error_conflict", "error_unavailable", "error_failed", "error_not_found", "error_invalid", "error_forbidden");

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance consents(Outcome<ConsentsService.Overview> overview, String notice);

        static native TemplateInstance consent(ConsentCard card, Outcome<List<ConsentApi.History>> history,
                Outcome<List<ConsentApi.Receipt>> receipts);
    }

    @Inject
    ConsentsService consents;

    @Inject
    Lang lang;

    @Inject
    Page page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("notice") String notice) {
        Outcome<ConsentsService.Overview> overview = Outcome.of("consents", () -> consents.overview(lang.locale()));
        return page.render(Templates.consents(overview, Page.knownNotice(notice, NOTICES)), "consents");
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance one(@PathParam("id") String id) {
        Outcome<ConsentCard> card = Outcome.of("consent", () -> consents.one(checked(id), lang.locale()));
        if (!card.ok()) {
            throw new PageException(card.status() == 404 || card.status() == 400 ? 404 : card.status(), card.error());
        }
        return page.render(Templates.consent(card.value(), Outcome.of("consent history", () -> consents.history(id)),
                Outcome.of("consent receipts", () -> consents.receipts(id))), "consents");
    }

    /** A signed receipt, downloaded as the JWS the consent service issued (verifiable with its public keys). */
    @GET
    @Path("/{id}/receipts/{receipt}")
    public Response receipt(@PathParam("id") String id, @PathParam("receipt") String receiptId) {
        Outcome<List<ConsentApi.Receipt>> receipts = Outcome.of("consent receipts", () -> consents.receipts(checked(id)));
        if (!receipts.ok()) {
            throw new PageException(receipts.status() == 400 ? 404 : receipts.status(), receipts.error());
        }
        ConsentApi.Receipt receipt = receipts.value().stream().filter(r -> r.id().equals(receiptId)).findFirst()
                .orElseThrow(PageException::notFound);
        return Response.ok(receipt.jws().getBytes(StandardCharsets.US_ASCII), "application/jose")
                .header("Content-Disposition", "attachment; filename=\"consent-receipt-" + receipt.id() + ".jws\"").build();
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @FormParam("category") List<String> categories,
            @FormParam("accessDays") String accessDays) {
        if (categories == null || categories.isEmpty()) {
            return back("error_choose_category");
        }
        Integer days = accessDays == null || !accessDays.trim().matches("[0-9]{1,3}") ? null : Integer.valueOf(accessDays.trim());
        if (days != null && days < 1) {
            return back("error_invalid");
        }
        return after(Outcome.of("approve", () -> consents.approve(checked(id), categories, days)), "notice_approved");
    }

    @POST
    @Path("/{id}/refuse")
    public Response refuse(@PathParam("id") String id) {
        return after(Outcome.of("refuse", () -> consents.refuse(checked(id))), "notice_refused");
    }

    @POST
    @Path("/{id}/withdraw")
    public Response withdraw(@PathParam("id") String id) {
        return after(Outcome.of("withdraw", () -> consents.withdraw(checked(id))), "notice_withdrawn");
    }

    private static Response after(Outcome<?> done, String notice) {
        return back(done.ok() ? notice : done.error());
    }

    private static Response back(String notice) {
        return Response.seeOther(URI.create("/consents?notice=" + notice)).build();
    }

    private static String checked(String id) {
        if (id == null || !UUID.matcher(id).matches()) {
            throw PageException.notFound();
        }
        return id;
    }
}
