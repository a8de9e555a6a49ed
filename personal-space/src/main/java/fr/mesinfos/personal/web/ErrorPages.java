package fr.mesinfos.personal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Errors of a page are shown as a page in the person's language (the BFF's own JSON endpoints answer problem+json). */
public class ErrorPages {

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(int status, String messageKey);
    }

    @Inject
    Page page;

    @ServerExceptionMapper
    public Response page(PageException e) {
        return html(e.status(), e.messageKey());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return html(404, "error_not_found");
    }

    private Response html(int status, String key) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render(Templates.error(status, key), "").render()).build();
    }
}
