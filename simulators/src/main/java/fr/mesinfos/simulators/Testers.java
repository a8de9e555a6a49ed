package fr.mesinfos.simulators;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulated testers as real Keycloak users of the mesinfos realm (dev admin credentials), with the person role;
 * an existing user is kept and given the role if it lacks it, so running again is harmless.
 */
final class Testers {
    private final String keycloak;
    private final String users;
    private Http.Token adminToken;
    private JsonNode personRole;

    Testers(String keycloak) {
        this.keycloak = keycloak;
        this.users = keycloak + "/admin/realms/mesinfos/users";
    }

    /** Creates the persona's user unless it exists, and makes sure it has the realm role person. */
    void ensure(Persona persona) {
        ObjectNode user = Http.JSON.createObjectNode()
                .put("username", persona.username())
                .put("email", persona.email())
                .put("firstName", capitalized(persona.givenName()))
                .put("lastName", capitalized(persona.familyName()))
                .put("enabled", true)
                .put("emailVerified", true);
        user.putArray("credentials").addObject().put("type", "password").put("value", persona.username()).put("temporary", false);
        Http.Answer created = Http.postJson(users, admin(), user.toString());
        String id;
        if (created.status() == 201) {
            String location = created.raw().headers().firstValue("Location").orElseThrow();
            id = location.substring(location.lastIndexOf('/') + 1);
        } else if (created.status() == 409) {
            id = existingId(persona.username()); // from an earlier run
        } else {
            throw new IllegalStateException("creating " + persona.username() + ": " + created.status() + " " + created.body());
        }
        // adding a role the user already has is a no-op for Keycloak (204)
        Http.Answer mapped = Http.postJson(users + "/" + id + "/role-mappings/realm", admin(), "[" + personRole() + "]");
        if (mapped.status() != 204) {
            throw new IllegalStateException("giving " + persona.username() + " the person role: " + mapped.status() + " " + mapped.body());
        }
    }

    private String existingId(String username) {
        Http.Answer found = Http.get(users + "?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), admin());
        if (found.status() != 200 || found.json().isEmpty()) {
            throw new IllegalStateException("Keycloak says " + username + " exists but does not find it: " + found.status() + " " + found.body());
        }
        return found.json().get(0).get("id").asText();
    }

    /** A person's token, by the password grant of the dev realm's test client. */
    String personToken(Persona persona) {
        return Http.accessToken(Http.postForm(keycloak + "/realms/mesinfos/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "mesinfos-test", "client_secret", "mesinfos-test-secret",
                "username", persona.username(), "password", persona.username())), "login of " + persona.username()).value();
    }

    /** A partner's service-account token (client credentials). */
    Http.Token partnerToken(String partner) {
        return Http.accessToken(Http.postForm(keycloak + "/realms/mesinfos/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", "partner-" + partner,
                "client_secret", "partner-" + partner + "-secret")), "token of partner " + partner);
    }

    private synchronized String admin() {
        if (adminToken == null || adminToken.due()) {
            adminToken = Http.accessToken(Http.postForm(keycloak + "/realms/master/protocol/openid-connect/token", Map.of(
                    "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")),
                    "Keycloak admin login");
        }
        return adminToken.value();
    }

    private synchronized String personRole() {
        if (personRole == null) {
            Http.Answer role = Http.get(keycloak + "/admin/realms/mesinfos/roles/person", admin());
            if (role.status() != 200) {
                throw new IllegalStateException("reading the realm role person: " + role.status() + " " + role.body());
            }
            personRole = role.json();
        }
        return personRole.toString();
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
