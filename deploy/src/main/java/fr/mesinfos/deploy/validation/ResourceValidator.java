package fr.mesinfos.deploy.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.mesinfos.deploy.schema.SchemaFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates Kubernetes resources against deploy/schemas, each against the schema of its apiVersion and kind; a resource
 * of a kind without a committed schema is refused too, as the API server would refuse a kind it does not serve.
 */
public final class ResourceValidator {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .build();

    private final Path schemas;
    private final Map<Path, Optional<JsonSchema>> loaded = new ConcurrentHashMap<>();

    public ResourceValidator(Path schemas) {
        this.schemas = schemas;
    }

    /** A validator of the checkout's deploy/schemas. */
    public static ResourceValidator ofCheckout() {
        return new ResourceValidator(SchemaFiles.directory());
    }

    /** Every violation of one resource, sorted by path; empty when the resource is valid. */
    public List<Violation> validate(String source, JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText("");
        String kind = resource.path("kind").asText("");
        String name = kind.isEmpty() ? "resource" : kind;
        name += "/" + resource.path("metadata").path("name").asText("?");
        if (!resource.isObject() || apiVersion.isEmpty() || kind.isEmpty()) {
            return List.of(new Violation(source, name, "", "is not a Kubernetes resource (no apiVersion or kind)"));
        }
        Path file = SchemaFiles.relativePath(apiVersion, kind);
        Optional<JsonSchema> schema = loaded.computeIfAbsent(file, this::load);
        if (schema.isEmpty()) {
            return List.of(new Violation(source, name, "", "has no schema: " + apiVersion + " " + kind
                    + " is not one of the kinds under deploy/schemas (no " + file + ")"));
        }
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage message : schema.get().validate(resource)) {
            violations.add(violation(source, name, message));
        }
        violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return violations;
    }

    private Optional<JsonSchema> load(Path relative) {
        Path file = schemas.resolve(relative);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(FACTORY.getSchema(SchemaLocation.of(file.toUri().toString()), SchemaFiles.read(file), CONFIG));
    }

    private static Violation violation(String source, String resource, ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        String path = switch (message.getType()) {
            case "additionalProperties", "required" -> location + "/" + escape(message.getProperty());
            default -> location;
        };
        String text = message.getMessage();
        if (text.startsWith(location + ": ")) {
            text = text.substring(location.length() + 2);
        }
        return new Violation(source, resource, path, text);
    }

    private static String escape(String name) {
        return name == null ? "" : name.replace("~", "~0").replace("/", "~1");
    }
}
