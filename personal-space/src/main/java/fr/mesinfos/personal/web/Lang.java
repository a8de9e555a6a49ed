package fr.mesinfos.personal.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/** The page language of this request: French unless the person chose English with the switch (a cookie). */
@RequestScoped
public class Lang {
    public static final String COOKIE = "lang";
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Inject
    HttpHeaders headers;

    public Locale locale() {
        Cookie cookie = headers.getCookies().get(COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? ENGLISH : FRENCH;
    }

    /** "fr" or "en", for the html lang attribute. */
    public String tag() {
        return locale().getLanguage();
    }
}
