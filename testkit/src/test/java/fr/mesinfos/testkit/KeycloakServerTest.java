package fr.mesinfos.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Keycloak is real and runs the project's realm: it issues tokens with our roles and claims, and refuses bad credentials. */
class KeycloakServerTest {

    @Test
    void issuesPersonTokenWithPersonRole() {
        String claims = claims(Tokens.user("germaine", "germaine"));
        assertTrue(claims.contains("\"person\""), claims);
        assertTrue(claims.contains("\"sub\":\"8f3c5a0e-2b1d-4c7e-9a6f-0d1e2f3a4b01\""), claims);
        assertTrue(claims.contains("/realms/mesinfos"), claims);
    }

    @Test
    void issuesPartnerServiceAccountTokenNamingItsPartner() {
        String claims = claims(Tokens.client("partner-edf", "partner-edf-secret"));
        assertTrue(claims.contains("\"partner\":\"edf\""), claims);
        assertTrue(claims.contains("\"partner\"]") || claims.contains("\"partner\","), claims);
    }

    @Test
    void refusesWrongPasswordAndWrongSecret() {
        IllegalStateException wrongPassword = assertThrows(IllegalStateException.class, () -> Tokens.user("germaine", "nope"));
        assertTrue(wrongPassword.getMessage().contains("invalid_grant"), wrongPassword.getMessage());
        IllegalStateException wrongSecret = assertThrows(IllegalStateException.class, () -> Tokens.client("partner-edf", "nope"));
        assertTrue(wrongSecret.getMessage().contains("401"), wrongSecret.getMessage());
    }

    @Test
    void startedOncePerJvm() {
        assertEquals(SharedInfrastructure.keycloak(), SharedInfrastructure.keycloak());
    }

    static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
