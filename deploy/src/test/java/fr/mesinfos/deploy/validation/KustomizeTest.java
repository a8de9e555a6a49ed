package fr.mesinfos.deploy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A throwaway base and overlay built like the real ones: kustomize's output is parsed and validated as CI does it. */
class KustomizeTest {
    private static final ResourceValidator VALIDATOR = ResourceValidator.ofCheckout();

    @TempDir
    Path root;
    private Path overlay;

    @BeforeEach
    void baseAndOverlay() throws IOException {
        Path base = Files.createDirectories(root.resolve("base"));
        try (InputStream in = getClass().getResourceAsStream("/resources/deployment.yaml")) {
            Files.write(base.resolve("deployment.yaml"), in.readAllBytes());
        }
        try (InputStream in = getClass().getResourceAsStream("/resources/kafka-topic.yaml")) {
            Files.write(base.resolve("kafka-topic.yaml"), in.readAllBytes());
        }
        Files.writeString(base.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - deployment.yaml
                  - kafka-topic.yaml
                configMapGenerator:
                  - name: vault-service
                    literals:
                      - QUARKUS_LOG_LEVEL=INFO
                """);
        overlay = Files.createDirectories(root.resolve("overlays/staging"));
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: mesinfos-staging
                resources:
                  - ../../base
                images:
                  - name: ghcr.io/mesinfos/vault-service
                    newTag: 0.2.0
                patches:
                  - path: replicas.yaml
                """);
        patch("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: vault-service
                spec:
                  replicas: 3
                """);
    }

    @Test
    void buildsAndAcceptsAValidOverlay() {
        List<JsonNode> resources = Manifests.parse(Kustomize.build(overlay));

        assertEquals(List.of("ConfigMap", "Deployment", "KafkaTopic"),
                resources.stream().map(resource -> resource.path("kind").asText()).sorted().toList());
        assertEquals("mesinfos-staging", resources.get(0).at("/metadata/namespace").asText());
        assertEquals(List.of(), Overlays.violations(overlay, VALIDATOR));
    }

    @Test
    void reportsTheOverlayTheResourceAndThePathOfAnUnknownField() throws IOException {
        patch("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: vault-service
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: vault-service
                          livenesProbe:
                            periodSeconds: 5
                """);

        List<Violation> violations = Overlays.violations(overlay, VALIDATOR);

        assertEquals(1, violations.size(), violations.toString());
        assertEquals("overlay staging: Deployment/vault-service at /spec/template/spec/containers/0/livenesProbe",
                violations.get(0).toString().substring(0, violations.get(0).toString().indexOf(": property")));
    }

    @Test
    void failsWithKustomizesMessageWhenTheOverlayDoesNotBuild() throws IOException {
        Files.delete(overlay.resolve("replicas.yaml"));

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Kustomize.build(overlay));

        assertTrue(failure.getMessage().contains("replicas.yaml"), failure.getMessage());
    }

    private void patch(String text) {
        try {
            Files.writeString(overlay.resolve("replicas.yaml"), text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
