package fr.mesinfos.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates payloads against their category's JSON Schema (draft 2020-12, formats asserted), then against the
 * payload type's cross-field rules, and reports every violation with the JSON pointer of the field at fault.
 * Schemas are loaded once from the classpath; instances are thread-safe.
 */
public final class PayloadValidator {
    private static final PayloadValidator SHARED = new PayloadValidator();

    private final Map<Category, JsonNode> documents = new EnumMap<>(Category.class);
    private final Map<Category, JsonSchema> schemas = new EnumMap<>(Category.class);

    private PayloadValidator() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        for (Category category : Category.values()) {
            JsonNode document = readSchema(category);
            documents.put(category, document);
            schemas.put(category, factory.getSchema(category.dataSchema(), document, config));
        }
    }

    /** The validator every module shares. */
    public static PayloadValidator shared() {
        return SHARED;
    }

    /** The category's JSON Schema document (e.g. for the portability archive). */
    public JsonNode schemaDocument(Category category) {
        return documents.get(category).deepCopy();
    }

    /** Every violation of a JSON payload; empty when valid. */
    public List<Violation> validate(Category category, JsonNode payload) {
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage message : schemas.get(category).validate(payload)) {
            violations.add(ViolationMessages.of(message));
        }
        if (violations.isEmpty()) {
            try {
                CategoryPayload typed = EventJson.fromTree(payload, category.payloadType());
                violations.addAll(typed.consistencyViolations());
            } catch (JsonProcessingException e) {
                violations.add(new Violation("", "cannot be read as " + category.payloadType().getSimpleName()
                        + ": " + e.getOriginalMessage()));
            }
        }
        return sorted(violations);
    }

    /** Every violation of JSON bytes; malformed JSON is one violation on the payload itself. */
    public List<Violation> validate(Category category, byte[] json) {
        JsonNode node;
        try {
            node = EventJson.readTree(json);
        } catch (IOException e) {
            return List.of(new Violation("", "is not well-formed JSON"));
        }
        if (node == null || node.isMissingNode()) {
            return List.of(new Violation("", "is empty"));
        }
        return validate(category, node);
    }

    /** Every violation of a typed payload (as it would be written to Kafka). */
    public List<Violation> validate(CategoryPayload payload) {
        return check(payload).violations();
    }

    /**
     * Checks a typed payload once: its JSON against the schema, then its own consistency rules (it is already typed,
     * so it is not read back); a valid one comes with its JSON, to become an event without a second validation.
     */
    public Checked check(CategoryPayload payload) {
        Category category = CategoryCatalog.of(payload);
        JsonNode tree = EventJson.toTree(payload);
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage message : schemas.get(category).validate(tree)) {
            violations.add(ViolationMessages.of(message));
        }
        if (violations.isEmpty()) {
            violations.addAll(payload.consistencyViolations());
        }
        if (!violations.isEmpty()) {
            return new Checked(category, sorted(violations), null);
        }
        // written from the payload itself, not the tree: the tree may print a number differently
        return new Checked(category, List.of(), new ValidPayload(category, payload, EventJson.toBytes(payload)));
    }

    /** Throws {@link InvalidPayloadException} listing every violation, if any. */
    public void requireValid(Category category, JsonNode payload) {
        List<Violation> violations = validate(category, payload);
        if (!violations.isEmpty()) {
            throw new InvalidPayloadException(category, violations);
        }
    }

    /** Throws {@link InvalidPayloadException} listing every violation of a typed payload, if any. */
    public void requireValid(CategoryPayload payload) {
        check(payload).require();
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream()
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::reason))
                .toList();
    }

    private static JsonNode readSchema(Category category) {
        try (InputStream in = PayloadValidator.class.getClassLoader().getResourceAsStream(category.schemaPath())) {
            if (in == null) {
                throw new IllegalStateException("schema " + category.schemaPath() + " of " + category.id() + " is not on the classpath");
            }
            return EventJson.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + category.schemaPath(), e);
        }
    }
}
