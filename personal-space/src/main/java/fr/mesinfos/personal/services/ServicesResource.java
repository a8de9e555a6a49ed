package fr.mesinfos.personal.services;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import fr.mesinfos.personal.web.Lang;
import fr.mesinfos.personal.web.Outcome;
import fr.mesinfos.personal.web.Page;
import fr.mesinfos.personal.web.PageException;

/** "Services": the platform's cross-data services, each run for me, or asking for the consent it needs. */
@Path("/services")
@Blocking
public class ServicesResource {

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance services();
    }

    @Inject
    CrossDataService services;

    @Inject
    Lang lang;

    @Inject
    Page page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        // the answers are the services' JSON as maps: given as plain data, not a checked parameter
        List<CrossDataService.Result> results = Arrays.stream(CrossDataService.Kind.values())
                .map(kind -> services.run(kind, lang.locale())).toList();
        return page.render(Templates.services().data("results", results), "services");
    }

    /** Creates the cross-data app's request for what this service needs; the person answers it on the consents page. */
    @POST
    @Path("/{service}/consent")
    public Response ask(@PathParam("service") String service) {
        CrossDataService.Kind kind = CrossDataService.Kind.byId(service).orElseThrow(PageException::notFound);
        // the person is the token's subject at opendata-service, never a parameter of the request
        Outcome<?> asked = services.askConsent(kind);
        return Response.seeOther(URI.create("/consents?notice=" + (asked.ok() ? "notice_requested" : asked.error()) + "#pending")).build();
    }
}
