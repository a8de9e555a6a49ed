package fr.mesinfos.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Java payload types and schemas agree: every example validates, reads into the type, and writes back unchanged. */
class SchemaExamplesTest {

    @ParameterizedTest(name = "{0} example {1}")
    @MethodSource("fr.mesinfos.events.Examples#all")
    void exampleValidatesDeserializesAndReserializes(Category category, int index, JsonNode example) throws Exception {
        PayloadValidator validator = PayloadValidator.shared();
        assertEquals(List.of(), validator.validate(category, example), "the example validates");

        CategoryPayload payload = Examples.typed(category, example);
        assertInstanceOf(category.payloadType(), payload);

        JsonNode written = EventJson.toTree(payload);
        assertEquals(List.of(), validator.validate(category, written), "the re-serialized payload validates");
        assertEquals(EventJson.canonical(example), EventJson.canonical(written), "no field lost or changed");
        assertEquals(payload, EventJson.fromTree(written, category.payloadType()), "reads back equal");

        assertNotNull(payload.occurredAt());
        assertEquals(category.naturalKeyFields().size(), payload.naturalKey().size());
        assertNotNull(category.eventId(payload));
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void recordComponentsMatchSchemaPropertiesFieldForField(Category category) {
        JsonNode schema = Examples.schema(category);
        List<String> problems = new ArrayList<>();
        agree(category.payloadType(), schema, schema, "", problems);
        assertTrue(problems.isEmpty(), category.id() + ": " + problems);
    }

    private static void agree(Type type, JsonNode node, JsonNode root, String path, List<String> problems) {
        JsonNode schema = resolve(node, root);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (List.class.isAssignableFrom(raw)) {
            if (!"array".equals(schema.path("type").asText())) {
                problems.add(path + " is a List but the schema says " + schema.path("type"));
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            agree(element, schema.path("items"), root, path + "[]", problems);
        } else if (raw.isRecord()) {
            Set<String> properties = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> components = new TreeSet<>();
            Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
            if (!properties.equals(components)) {
                problems.add(path + ": schema " + properties + " vs " + raw.getSimpleName() + " " + components);
                return;
            }
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getType().isPrimitive() && !required.contains(component.getName())) {
                    problems.add(path + "/" + component.getName() + " is a primitive but optional in the schema");
                }
                agree(component.getGenericType(), schema.path("properties").path(component.getName()), root,
                        path + "/" + component.getName(), problems);
            }
        } else if (raw.isEnum()) {
            Set<String> javaValues = new TreeSet<>();
            for (Object constant : raw.getEnumConstants()) {
                javaValues.add(EventJson.toTree(constant).asText());
            }
            Set<String> schemaValues = new TreeSet<>();
            schema.path("enum").forEach(v -> schemaValues.add(v.asText()));
            if (!javaValues.equals(schemaValues)) {
                problems.add(path + ": enum " + schemaValues + " vs " + raw.getSimpleName() + " " + javaValues);
            }
        }
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }
}
