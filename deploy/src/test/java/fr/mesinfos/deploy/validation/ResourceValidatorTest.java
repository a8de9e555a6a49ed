package fr.mesinfos.deploy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mesinfos.deploy.schema.SchemaFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator accepts what the operators and the API server accept, and refuses typos, wrong types and unknown kinds. */
class ResourceValidatorTest {
    private static final ResourceValidator VALIDATOR = ResourceValidator.ofCheckout();

    @ParameterizedTest
    @ValueSource(strings = {"deployment.yaml", "kafka-user.yaml", "kafka-topic.yaml", "kafka.yaml",
            "service-monitor.yaml", "keycloak.yaml", "cnpg-cluster.yaml", "percona-mongodb.yaml"})
    void acceptsAValidResource(String file) {
        List<JsonNode> resources = resources(file);
        List<Violation> violations = new ArrayList<>();
        resources.forEach(resource -> violations.addAll(VALIDATOR.validate(file, resource)));
        assertEquals(List.of(), violations);
    }

    @Test
    void acceptsAKafkaClusterOfKraftNodePools() {
        assertEquals(List.of("KafkaNodePool", "KafkaNodePool", "Kafka"),
                resources("kafka.yaml").stream().map(resource -> resource.path("kind").asText()).toList());
    }

    @Test
    void acceptsARealmImportOfTheMesInfosRealm() {
        assertEquals(List.of(), VALIDATOR.validate("test", realmImport()));
    }

    @Test
    void refusesAMisspelledContainerField() {
        JsonNode deployment = resources("deployment.yaml").get(0);
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("livenesProbe", container.remove("livenessProbe"));

        List<Violation> violations = VALIDATOR.validate("test", deployment);

        assertEquals(1, violations.size(), violations.toString());
        assertEquals("Deployment/vault-service", violations.get(0).resource());
        assertEquals("/spec/template/spec/containers/0/livenesProbe", violations.get(0).path());
        assertTrue(violations.get(0).toString().startsWith("test: Deployment/vault-service at /spec/template/spec/"
                + "containers/0/livenesProbe: "), violations.get(0).toString());
    }

    @Test
    void refusesAnUnknownFieldUnderAKafkaUsersAuthorization() {
        JsonNode user = resources("kafka-user.yaml").get(0);
        ((ObjectNode) user.at("/spec/authorization")).put("superUser", true);

        assertPaths(List.of("/spec/authorization/superUser"), VALIDATOR.validate("test", user));
    }

    @Test
    void refusesAKafkaTopicWhosePartitionsAreText() {
        JsonNode topic = resources("kafka-topic.yaml").get(0);
        ((ObjectNode) topic.at("/spec")).put("partitions", "three");

        List<Violation> violations = VALIDATOR.validate("test", topic);

        assertPaths(List.of("/spec/partitions"), violations);
        assertTrue(violations.get(0).message().contains("integer"), violations.get(0).message());
    }

    @Test
    void refusesAKindWithoutASchema() {
        JsonNode ingress = yaml("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: personal-space
                """).get(0);

        List<Violation> violations = VALIDATOR.validate("test", ingress);

        assertPaths(List.of(""), violations);
        assertTrue(violations.get(0).message().contains("networking.k8s.io/v1 Ingress"), violations.get(0).message());
    }

    @Test
    void refusesAKnownKindAtAnApiVersionWithoutASchema() {
        JsonNode deployment = resources("deployment.yaml").get(0);
        ((ObjectNode) deployment).put("apiVersion", "apps/v1beta2");

        assertPaths(List.of(""), VALIDATOR.validate("test", deployment));
    }

    @Test
    void refusesAResourceWithoutAName() {
        JsonNode topic = resources("kafka-topic.yaml").get(0);
        ((ObjectNode) topic.at("/metadata")).remove("name");

        assertPaths(List.of("/metadata/name"), VALIDATOR.validate("test", topic));
    }

    @Test
    void refusesAMisspelledFieldInTheImportedRealm() {
        ObjectNode realmImport = realmImport();
        ObjectNode client = (ObjectNode) realmImport.at("/spec/realm/clients/0");
        client.set("redirectUri", client.path("redirectUris"));

        assertPaths(List.of("/spec/realm/clients/0/redirectUri"), VALIDATOR.validate("test", realmImport));
    }

    @Test
    void refusesAnUnknownFieldInAHandWrittenSpec() {
        JsonNode cluster = resources("cnpg-cluster.yaml").get(0);
        ((ObjectNode) cluster.at("/spec/bootstrap/initdb")).put("databse", "keycloak");

        assertPaths(List.of("/spec/bootstrap/initdb/databse"), VALIDATOR.validate("test", cluster));
    }

    private static void assertPaths(List<String> expected, List<Violation> violations) {
        assertEquals(expected, violations.stream().map(Violation::path).toList(), violations.toString());
    }

    private static ObjectNode realmImport() {
        ObjectNode resource = (ObjectNode) yaml("""
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata:
                  name: mesinfos-realm
                spec:
                  keycloakCRName: keycloak
                """).get(0);
        try {
            JsonNode realm = new ObjectMapper().readTree(
                    SchemaFiles.checkout().resolve("deploy/keycloak/mesinfos-realm.json").toFile());
            ((ObjectNode) resource.path("spec")).set("realm", realm);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return resource;
    }

    static List<JsonNode> resources(String file) {
        try (InputStream in = ResourceValidatorTest.class.getResourceAsStream("/resources/" + file)) {
            return yaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<JsonNode> yaml(String text) {
        return Manifests.parse(text);
    }
}
