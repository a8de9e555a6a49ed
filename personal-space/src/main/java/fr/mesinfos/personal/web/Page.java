package fr.mesinfos.personal.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** What every page's layout needs (language, the person's name, which tab is current), set once on each template. */
@RequestScoped
public class Page {
    @Inject
    Lang lang;

    @Inject
    HttpServerRequest request;

    @Inject
    @IdToken
    JsonWebToken idToken;

    /** The template, in the request's language, with the layout's data. */
    public TemplateInstance render(TemplateInstance template, String tab) {
        return template.setLocale(lang.locale())
                .data("lang", lang.tag())
                .data("tab", tab)
                .data("who", displayName())
                .data("here", request.uri());
    }

    /**
     * The notice a redirect asked the page to show, if it is one the page knows: a message key from the query string is
     * never rendered unless allowed, so a crafted link cannot make the page say something else.
     */
    public static String knownNotice(String notice, Set<String> known) {
        return notice != null && known.contains(notice) ? notice : null;
    }

    /** The person's first name (or login) from the ID token; shown in the header only, never logged. */
    String displayName() {
        if (idToken == null || idToken.getRawToken() == null) {
            return "";
        }
        String given = idToken.getClaim("given_name");
        if (given != null && !given.isBlank()) {
            return given;
        }
        String login = idToken.getClaim("preferred_username");
        return login == null ? "" : login;
    }
}
