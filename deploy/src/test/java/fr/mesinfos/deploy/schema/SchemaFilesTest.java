package fr.mesinfos.deploy.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files under deploy/schemas: exactly the catalog's, each a valid draft 2020-12 schema, closed to unknown fields,
 * with every $ref resolved and no $defs left unused, and a $comment telling where it comes from.
 */
class SchemaFilesTest {
    private static final Path SCHEMAS = SchemaFiles.directory();
    private static final JsonSchema META_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    private static final Set<String> SUBSCHEMA_LISTS = Set.of("oneOf", "anyOf", "allOf");

    static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(SCHEMAS)) {
            return walk.filter(file -> file.toString().endsWith(".json")).map(SCHEMAS::relativize).sorted().toList();
        }
    }

    @Test
    void theFilesAreTheCatalogs() throws IOException {
        Set<Path> catalog = new TreeSet<>(SchemaCatalog.generatedPaths());
        SchemaCatalog.HAND_WRITTEN.forEach(handWritten -> catalog.add(handWritten.path()));
        assertEquals(catalog, new TreeSet<>(files()));
        assertEquals(22, catalog.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isAValidDraft202012Schema(Path file) {
        JsonNode schema = SchemaFiles.read(SCHEMAS.resolve(file));
        assertEquals(Set.of(), META_SCHEMA.validate(schema));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void saysWhereItComesFrom(Path file) {
        String comment = SchemaFiles.read(SCHEMAS.resolve(file)).path("$comment").asText();
        boolean handWritten = SchemaCatalog.HAND_WRITTEN.stream().anyMatch(schema -> schema.path().equals(file));
        assertTrue(comment.startsWith(handWritten ? "Hand-written from " : "Generated from "), comment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void closesEveryObjectThatListsItsProperties(Path file) {
        List<String> open = new ArrayList<>();
        walk(SchemaFiles.read(SCHEMAS.resolve(file)), "#", open);
        assertEquals(List.of(), open, "object schemas listing properties without additionalProperties");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void resolvesEveryRefAndUsesEveryDef(Path file) {
        JsonNode schema = SchemaFiles.read(SCHEMAS.resolve(file));
        Set<String> defined = new TreeSet<>();
        schema.path("$defs").fieldNames().forEachRemaining(defined::add);
        Set<String> reached = new TreeSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(withoutDefs(schema)));
        while (!pending.isEmpty()) {
            for (String name : refs(pending.pop())) {
                assertTrue(defined.contains(name), "#/$defs/" + name + " is not defined");
                if (reached.add(name)) {
                    pending.push(schema.path("$defs").path(name));
                }
            }
        }
        assertEquals(defined, reached, "unused $defs");
    }

    /** Schemas of type object with properties must say what else they allow; junctor branches (oneOf...) only constrain. */
    private static void walk(JsonNode schema, String path, List<String> open) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("properties") && "object".equals(schema.path("type").asText())
                && !schema.has("additionalProperties")) {
            open.add(path);
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String keyword = field.getKey();
            if (keyword.equals("properties") || keyword.equals("$defs")) {
                field.getValue().properties().forEach(child -> walk(child.getValue(), path + "/" + keyword + "/"
                        + child.getKey(), open));
            } else if (keyword.equals("items") || keyword.equals("additionalProperties")) {
                walk(field.getValue(), path + "/" + keyword, open);
            } else if (SUBSCHEMA_LISTS.contains(keyword)) {
                field.getValue().forEach(branch -> {
                    if (branch.has("type")) {
                        walk(branch, path + "/" + keyword, open);
                    }
                });
            }
        }
    }

    private static JsonNode withoutDefs(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("$defs");
        return copy;
    }

    private static Set<String> refs(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isObject() && node.path("$ref").isTextual()) {
            names.add(node.path("$ref").asText().substring("#/$defs/".length()));
        }
        node.forEach(child -> names.addAll(refs(child)));
        return names.stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
