package fr.mesinfos.personal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.mesinfos.support.problem.Problem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Errors of a page are shown as a page in the person's language (the BFF's own JSON endpoints answer problem+json). */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

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

    /** Anything unexpected: a page in words for a browser, problem+json otherwise; only the type and path are logged. */
    @ServerExceptionMapper(priority = Priorities.USER)
    public Response unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        LOG.errorf("unexpected %s on %s", e.getClass().getName(), uri.getPath());
        boolean browser = headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE)
                && !m.isWildcardType());
        if (browser) {
            return html(500, "error_failed");
        }
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(Problem.of(500, "internal-error", "Internal error",
                "The request could not be completed; nothing was changed.").at(uri.getPath())).build();
    }

    private Response html(int status, String key) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render(Templates.error(status, key), "").render()).build();
    }
}
