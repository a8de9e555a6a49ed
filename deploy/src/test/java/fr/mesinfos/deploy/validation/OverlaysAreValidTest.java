package fr.mesinfos.deploy.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mesinfos.deploy.schema.SchemaFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay under deploy/overlays builds with kustomize, and each resource it makes is valid against deploy/schemas
 * (unknown fields and kinds refused); no cluster needed. The dev and production overlays must exist.
 */
class OverlaysAreValidTest {
    private static final Path OVERLAYS = SchemaFiles.checkout().resolve("deploy/overlays");
    private static final ResourceValidator VALIDATOR = ResourceValidator.ofCheckout();

    static List<Path> overlays() {
        return Overlays.under(OVERLAYS);
    }

    @Test
    void theDevAndProductionOverlaysExist() {
        List<String> names = overlays().stream().map(overlay -> overlay.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("dev", "production")),
                "deploy/overlays must hold the dev and production overlays; found " + names);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("overlays")
    void everyResourceOfTheOverlayMatchesItsSchema(Path overlay) {
        List<Violation> violations = Overlays.violations(overlay, VALIDATOR);
        assertTrue(violations.isEmpty(), () -> violations.size() + " violation(s) in " + OVERLAYS.relativize(overlay)
                + ":\n" + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    }
}
