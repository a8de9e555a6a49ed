package fr.mesinfos.deploy.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Kustomize overlays under deploy/overlays, and what is wrong with the resources each one builds. */
public final class Overlays {

    private Overlays() {
    }

    /** Every directory right under this folder, sorted by name; none if the folder does not exist. */
    public static List<Path> under(Path overlays) {
        if (!Files.isDirectory(overlays)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(overlays)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + overlays, e);
        }
    }

    /** Builds the overlay and validates every resource it makes; the source of each violation is the overlay's name. */
    public static List<Violation> violations(Path overlay, ResourceValidator validator) {
        String source = "overlay " + overlay.getFileName();
        List<JsonNode> resources = Manifests.parse(Kustomize.build(overlay));
        List<Violation> violations = new ArrayList<>();
        if (resources.isEmpty()) {
            violations.add(new Violation(source, "-", "", "builds no resource"));
        }
        for (JsonNode resource : resources) {
            violations.addAll(validator.validate(source, resource));
        }
        return violations;
    }
}
