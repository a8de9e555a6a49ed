package fr.mesinfos.deploy.generated;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Keycloak realm for Kubernetes, from the one realm file the tests and the local run import: the platform's
 * clients and service accounts go to every cluster, with each client secret a placeholder filled from the Secret
 * {@value #CLIENT_SECRETS}; the test persons, staff, test client and demo apps go to the dev overlay only.
 */
final class RealmManifests {
    static final String CLIENT_SECRETS = "mesinfos-client-secrets";
    static final String KEYCLOAK = "mesinfos-keycloak";
    static final String PERSONAL_SPACE = "personal-space";
    /** Where the personal space is served in the base; overlays replace it with their own address. */
    static final String PERSONAL_SPACE_URL = "https://espace.mesinfos.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode realm;

    private RealmManifests(ObjectNode realm) {
        this.realm = realm;
    }

    static RealmManifests read(Path file) throws IOException {
        return new RealmManifests((ObjectNode) JSON.readTree(file.toFile()));
    }

    /** A KeycloakRealmImport of the platform's part of the realm, secrets as placeholders. */
    Map<String, Object> platformImport() {
        ObjectNode platform = realm.deepCopy();
        ArrayNode clients = platform.putArray("clients");
        Map<String, Object> placeholders = new LinkedHashMap<>();
        for (JsonNode client : realm.withArray("clients")) {
            if (devOnly(client)) {
                continue;
            }
            ObjectNode copy = client.deepCopy();
            String clientId = client.get("clientId").asText();
            if (client.has("secret")) {
                String placeholder = clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
                copy.put("secret", "${" + placeholder + "}");
                Map<String, Object> secret = new LinkedHashMap<>();
                secret.put("name", CLIENT_SECRETS);
                secret.put("key", clientId);
                placeholders.put(placeholder, Map.of("secret", secret));
            }
            if (clientId.equals(PERSONAL_SPACE)) {
                copy.putArray("redirectUris").add(PERSONAL_SPACE_URL + "/*");
            }
            clients.add(copy);
        }
        if (!clients.get(0).get("clientId").asText().equals(PERSONAL_SPACE)) {
            throw new IllegalStateException("the overlays patch clients/0: the personal space must stay the realm's first client");
        }
        ArrayNode users = platform.putArray("users");
        realm.withArray("users").forEach(user -> {
            if (!devOnlyUser(user)) {
                users.add(user);
            }
        });
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", KEYCLOAK);
        spec.put("realm", JSON.convertValue(platform, Map.class));
        spec.put("placeholders", placeholders);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.put("metadata", Map.of("name", "mesinfos-realm"));
        resource.put("spec", spec);
        return resource;
    }

    /** A JSON patch (RFC 6902) adding the dev-only users and clients, and the dev realm's personal-space addresses. */
    List<Map<String, Object>> devAdditions() {
        List<Map<String, Object>> operations = new ArrayList<>();
        for (JsonNode client : realm.withArray("clients")) {
            if (client.get("clientId").asText().equals(PERSONAL_SPACE)) {
                client.withArray("redirectUris").forEach(uri -> operations.add(add("/spec/realm/clients/0/redirectUris/-", uri)));
            } else if (devOnly(client)) {
                operations.add(add("/spec/realm/clients/-", client));
            }
        }
        realm.withArray("users").forEach(user -> {
            if (devOnlyUser(user)) {
                operations.add(add("/spec/realm/users/-", user));
            }
        });
        return operations;
    }

    private static Map<String, Object> add(String path, JsonNode value) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("op", "add");
        operation.put("path", path);
        operation.put("value", JSON.convertValue(value, Object.class));
        return operation;
    }

    /** The test client and the demo apps exist only to try the platform. */
    private static boolean devOnly(JsonNode client) {
        String clientId = client.get("clientId").asText();
        return clientId.equals("mesinfos-test") || clientId.startsWith("demo-");
    }

    /** Persons and staff register or are provisioned in production; the realm file's are test logins. */
    private boolean devOnlyUser(JsonNode user) {
        if (!user.has("serviceAccountClientId")) {
            return true;
        }
        String owner = user.get("serviceAccountClientId").asText();
        for (JsonNode client : realm.withArray("clients")) {
            if (client.get("clientId").asText().equals(owner)) {
                return devOnly(client);
            }
        }
        throw new IllegalStateException("a service account of an unknown client: " + owner);
    }
}
