package fr.mesinfos.support.identity;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the validated access token only: a person's id is always the token subject, never a
 * parameter of the request, so no one can name another person.
 */
@RequestScoped
public class CurrentCaller {
    /** The claim our realm sets on each partner's service account (deploy/keycloak). */
    public static final String PARTNER_CLAIM = "partner";

    @Inject
    JsonWebToken token;

    /** The person id: the Keycloak subject of the token. */
    public String personId() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new IllegalStateException("authenticated token without a subject");
        }
        return subject;
    }

    /** The app a service-account token speaks for: its client id (the token's authorized party, {@code azp}). */
    public String appId() {
        String azp = token.<String>getClaim("azp");
        if (azp == null || azp.isBlank()) {
            throw new IllegalStateException("app token without an authorized party (azp)");
        }
        return azp;
    }

    /** The partner a service-account token speaks for ("orange", "edf", "maif"), if any. */
    public Optional<String> partner() {
        return Optional.ofNullable(token.<String>getClaim(PARTNER_CLAIM));
    }
}
