package fr.mesinfos.simulators;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulated testers as real Keycloak users of the mesinfos realm (dev admin credentials), with the person role;
 * an existing user is kept, so running again is harmless.
 */
final class Testers {
    private final String keycloak;
    private String adminToken;
    private Instant adminTokenUntil = Instant.EPOCH;
    private JsonNode personRole;

    Testers(String keycloak) {
        this.keycloak = keycloak;
    }

    void ensure(Persona persona) {
        String admin = admin();
        String users = keycloak + "/admin/realms/mesinfos/users";
        ObjectNode user = Http.JSON.createObjectNode()
                .put("username", persona.username())
                .put("email", persona.username() + "@mesinfos.test")
                .put("firstName", "Testeur")
                .put("lastName", String.format("N°%04d", persona.index()))
                .put("enabled", true)
                .put("emailVerified", true);
        user.putArray("credentials").addObject().put("type", "password").put("value", persona.username()).put("temporary", false);
        Http.Answer created = Http.postJson(users, admin, user.toString());
        if (created.status() == 409) {
            return; // already there from an earlier run
        }
        if (created.status() != 201) {
            throw new IllegalStateException("creating " + persona.username() + ": " + created.status() + " " + created.body());
        }
        String location = created.raw().headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        Http.Answer mapped = Http.postJson(users + "/" + id + "/role-mappings/realm", admin, "[" + personRole(admin) + "]");
        if (mapped.status() != 204) {
            throw new IllegalStateException("giving " + persona.username() + " the person role: " + mapped.status());
        }
    }

    /** A person's token, by the password grant of the dev realm's test client. */
    String personToken(Persona persona) {
        return Http.accessToken(Http.postForm(keycloak + "/realms/mesinfos/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "mesinfos-test", "client_secret", "mesinfos-test-secret",
                "username", persona.username(), "password", persona.username())), "login of " + persona.username());
    }

    /** A partner's service-account token (client credentials). */
    String partnerToken(String partner) {
        return Http.accessToken(Http.postForm(keycloak + "/realms/mesinfos/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", "partner-" + partner,
                "client_secret", "partner-" + partner + "-secret")), "token of partner " + partner);
    }

    private synchronized String admin() {
        if (Instant.now().isAfter(adminTokenUntil)) {
            adminToken = Http.accessToken(Http.postForm(keycloak + "/realms/master/protocol/openid-connect/token", Map.of(
                    "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")),
                    "Keycloak admin login");
            adminTokenUntil = Instant.now().plusSeconds(30); // master tokens last 60 s
        }
        return adminToken;
    }

    private synchronized String personRole(String admin) {
        if (personRole == null) {
            Http.Answer role = Http.get(keycloak + "/admin/realms/mesinfos/roles/" + URLEncoder.encode("person", StandardCharsets.UTF_8), admin);
            if (role.status() != 200) {
                throw new IllegalStateException("reading the person role: " + role.status());
            }
            personRole = role.json();
        }
        return personRole.toString();
    }
}
