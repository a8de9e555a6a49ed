package fr.mesinfos.deploy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.deploy.schema.SchemaFiles;

/**
 * What schemas cannot see: a Deployment naming a Secret key or a ConfigMap nobody creates starts no pod. On the dev
 * overlay every reference must resolve (its Secrets are generated, the operators' are known); on production every
 * Secret the operator must create is one deploy/README.md lists, and nothing secret is in the overlay.
 */
class OverlayReferencesTest {
    /** Secrets the operators create: CloudNativePG's {@code <cluster>-app} (username, password). */
    private static final Set<String> OPERATOR_SECRET_KEYS = Set.of("username", "password");
    /** The Secrets deploy/README.md asks production operators to create, with their keys. */
    private static final Map<String, Set<String>> DOCUMENTED_SECRETS = Map.of(
            "mesinfos-client-secrets", Set.of("partner-orange", "partner-edf", "partner-maif", "connector-orange", "connector-edf",
                    "connector-maif", "vault-service", "consent-service", "opendata-service", "mesinfos-cross-data"),
            "vault-service-keys", Set.of("master-key"),
            "consent-service-receipts", Set.of("signing-key", "key-id"),
            "personal-space-secrets", Set.of("session-secret", "state-secret"),
            "vault-mongodb-app", Set.of("password"));

    @Test
    void everyReferenceOfTheDevOverlayResolves() {
        List<JsonNode> resources = build("dev");
        Map<String, Set<String>> secrets = new HashMap<>();
        Set<String> configMaps = new HashSet<>();
        Set<String> postgres = new HashSet<>();
        for (JsonNode resource : resources) {
            String name = resource.at("/metadata/name").asText();
            switch (resource.path("kind").asText()) {
                case "Secret" -> secrets.put(name, keys(resource));
                case "ConfigMap" -> configMaps.add(name);
                case "Cluster" -> postgres.add(name + "-app");
                default -> { }
            }
        }
        List<String> unresolved = new ArrayList<>();
        for (Reference reference : references(resources)) {
            boolean resolved = switch (reference.type()) {
                case "configMap" -> configMaps.contains(reference.name());
                default -> secrets.getOrDefault(reference.name(), Set.of()).contains(reference.key())
                        || postgres.contains(reference.name()) && OPERATOR_SECRET_KEYS.contains(reference.key());
            };
            if (!resolved) {
                unresolved.add(reference.toString());
            }
        }
        assertEquals(List.of(), unresolved);
    }

    @Test
    void theDevRealmImportGetsEverySecretItsPlaceholdersName() {
        List<JsonNode> resources = build("dev");
        Set<String> clientSecrets = resources.stream().filter(r -> r.at("/metadata/name").asText().equals("mesinfos-client-secrets"))
                .findFirst().map(OverlayReferencesTest::keys).orElseThrow();
        JsonNode realmImport = resources.stream().filter(r -> r.path("kind").asText().equals("KeycloakRealmImport")).findFirst().orElseThrow();
        Set<String> wanted = new TreeSet<>();
        realmImport.at("/spec/placeholders").forEach(placeholder -> wanted.add(placeholder.at("/secret/key").asText()));
        assertEquals(Set.of(), difference(wanted, clientSecrets));
        assertEquals(DOCUMENTED_SECRETS.get("mesinfos-client-secrets"), wanted);
    }

    @Test
    void productionHoldsNoSecretAndNeedsOnlyDocumentedOnes() {
        List<JsonNode> resources = build("production");
        assertTrue(resources.stream().noneMatch(r -> r.path("kind").asText().equals("Secret")), "a Secret in the production overlay");
        Set<String> postgres = new HashSet<>();
        resources.stream().filter(r -> r.path("kind").asText().equals("Cluster")).forEach(r -> postgres.add(r.at("/metadata/name").asText() + "-app"));
        List<String> undocumented = new ArrayList<>();
        for (Reference reference : references(resources)) {
            if (reference.type().equals("secret") && !postgres.contains(reference.name())
                    && !DOCUMENTED_SECRETS.getOrDefault(reference.name(), Set.of()).contains(reference.key())) {
                undocumented.add(reference.toString());
            }
        }
        assertEquals(List.of(), undocumented);
    }

    private record Reference(String from, String type, String name, String key) {
        @Override
        public String toString() {
            return from + " → " + type + " " + name + (key == null ? "" : "/" + key);
        }
    }

    /** Secret and ConfigMap references of pods (env, envFrom, volumes), realm placeholders and MongoDB users. */
    private static List<Reference> references(List<JsonNode> resources) {
        List<Reference> references = new ArrayList<>();
        for (JsonNode resource : resources) {
            String from = resource.path("kind").asText() + "/" + resource.at("/metadata/name").asText();
            JsonNode pod = resource.at("/spec/template/spec");
            for (JsonNode container : pod.path("containers")) {
                for (JsonNode env : container.path("env")) {
                    JsonNode secret = env.at("/valueFrom/secretKeyRef");
                    if (!secret.isMissingNode()) {
                        references.add(new Reference(from, "secret", secret.path("name").asText(), secret.path("key").asText()));
                    }
                }
                for (JsonNode source : container.path("envFrom")) {
                    if (source.has("configMapRef")) {
                        references.add(new Reference(from, "configMap", source.at("/configMapRef/name").asText(), null));
                    }
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("configMap")) {
                    references.add(new Reference(from, "configMap", volume.at("/configMap/name").asText(), null));
                }
            }
            resource.at("/spec/placeholders").forEach(placeholder -> references.add(new Reference(from, "secret",
                    placeholder.at("/secret/name").asText(), placeholder.at("/secret/key").asText())));
            for (JsonNode user : resource.at("/spec/users")) {
                JsonNode secret = user.path("passwordSecretRef");
                if (!secret.isMissingNode()) {
                    references.add(new Reference(from, "secret", secret.path("name").asText(), secret.path("key").asText()));
                }
            }
            JsonNode db = resource.at("/spec/db");
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                if (db.has(field)) {
                    references.add(new Reference(from, "secret", db.at("/" + field + "/name").asText(), db.at("/" + field + "/key").asText()));
                }
            }
        }
        return references;
    }

    private static Set<String> keys(JsonNode secret) {
        Set<String> keys = new TreeSet<>();
        secret.path("data").fieldNames().forEachRemaining(keys::add);
        secret.path("stringData").fieldNames().forEachRemaining(keys::add);
        secret.path("data").fields().forEachRemaining(entry -> assertTrue(
                Base64.getDecoder().decode(entry.getValue().asText()).length > 0, "empty " + entry.getKey()));
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static List<JsonNode> build(String overlay) {
        return Manifests.parse(Kustomize.build(SchemaFiles.checkout().resolve("deploy/overlays/" + overlay)));
    }
}
