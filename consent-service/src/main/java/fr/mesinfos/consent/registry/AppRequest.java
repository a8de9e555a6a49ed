package fr.mesinfos.consent.registry;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import fr.mesinfos.events.Topics;
import fr.mesinfos.support.problem.ProblemException;

/** What a developer sends to register an app; {@link #check()} names the first wrong field, and nothing is created. */
public record AppRequest(String appId, String name, String legalEntity, String contactEmail, List<String> purposes,
        List<String> redirectUris, String deletionPolicy) {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** W3C DPV purpose codes (dpv:Purpose and its subclasses) in their compact form. */
    private static final Pattern DPV_PURPOSE = Pattern.compile("^dpv:[A-Z][A-Za-z]{2,80}$");

    public AppRequest check() {
        if (!Topics.isValidAppId(appId)) {
            throw ProblemException.invalidParameter("appId", "use 3 to 63 lowercase letters, digits or hyphens, starting and ending with a letter or digit");
        }
        text("name", name, 120);
        text("legalEntity", legalEntity, 200);
        if (contactEmail == null || contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches()) {
            throw ProblemException.invalidParameter("contactEmail", "must be an e-mail address where persons and the platform reach the app");
        }
        if (purposes == null || purposes.isEmpty()) {
            throw ProblemException.invalidParameter("purposes", "must list at least one W3C DPV purpose code, e.g. dpv:ServiceProvision");
        }
        for (int i = 0; i < purposes.size(); i++) {
            if (purposes.get(i) == null || !DPV_PURPOSE.matcher(purposes.get(i)).matches()) {
                throw ProblemException.invalidParameter("purposes[" + i + "]", "must be a W3C DPV purpose code such as dpv:ServiceProvision");
            }
        }
        List<String> uris = redirectUris == null ? List.of() : redirectUris;
        for (int i = 0; i < uris.size(); i++) {
            if (!acceptableRedirect(uris.get(i))) {
                throw ProblemException.invalidParameter("redirectUris[" + i + "]", "must be an absolute https URI without fragment or wildcard (http only for localhost)");
            }
        }
        text("deletionPolicy", deletionPolicy, 4000);
        return this;
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw ProblemException.invalidParameter(field, "is required, at most " + max + " characters");
        }
    }

    /** https anywhere; http only on loopback (a developer's machine); never a wildcard or a fragment. */
    static boolean acceptableRedirect(String value) {
        if (value == null || value.contains("*")) {
            return false;
        }
        try {
            URI uri = URI.create(value);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getFragment() != null) {
                return false;
            }
            return "https".equals(uri.getScheme())
                    || "http".equals(uri.getScheme()) && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
