package fr.mesinfos.personal.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fr.mesinfos.personal.web.Lang;

/** Where Keycloak sends the person back after logging out: a public page saying so, with a way to log in again. */
@Path("/goodbye")
public class GoodbyeResource {

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance goodbye();
    }

    @Inject
    Lang lang;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance goodbye() {
        return Templates.goodbye().setLocale(lang.locale()).data("lang", lang.tag()).data("tab", "").data("who", "");
    }
}
