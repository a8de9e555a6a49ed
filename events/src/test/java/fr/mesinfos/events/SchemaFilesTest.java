package fr.mesinfos.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema files: valid 2020-12 schemas, one per catalog entry and no other, with the catalog's $id. */
class SchemaFilesTest {
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    @Test
    void everyCatalogEntryHasASchemaFileAndViceVersa() throws Exception {
        URL root = getClass().getClassLoader().getResource("schemas");
        assertNotNull(root, "schemas/ is on the classpath");
        Path dir = Path.of(root.toURI());
        Set<String> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .map(p -> "schemas/" + dir.relativize(p).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("schemas/platform/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> catalog = CategoryCatalog.all().stream().map(Category::schemaPath)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalog, files);
        assertEquals(12, files.size());
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void isAValidDraft202012Schema(Category category) {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(META_SCHEMA));
        JsonNode schema = Examples.schema(category);
        Set<ValidationMessage> errors = meta.validate(schema);
        assertTrue(errors.isEmpty(), category.id() + ": " + errors);
        assertEquals(META_SCHEMA, schema.path("$schema").asText());
    }

    @Test
    void theMetaSchemaCheckCanFail() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(META_SCHEMA));
        JsonNode broken = Examples.schema(Category.EDF_LOAD_CURVE);
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("required", "usagePointId");
        assertFalse(meta.validate(broken).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void idTitleDescriptionAndExamplesAreThere(Category category) {
        JsonNode schema = Examples.schema(category);
        assertEquals(category.dataSchema().toString(), schema.path("$id").asText());
        assertFalse(schema.path("title").asText().isBlank(), "title");
        assertFalse(schema.path("description").asText().isBlank(), "description");
        assertEquals("object", schema.path("type").asText());
        assertFalse(schema.path("required").isEmpty(), "required");
        assertTrue(schema.path("examples").isArray() && !schema.path("examples").isEmpty(), "examples");
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyObjectIsClosedAndEveryFieldDescribed(Category category) {
        List<String> problems = new ArrayList<>();
        walk(Examples.schema(category), "", problems);
        assertTrue(problems.isEmpty(), category.id() + ": " + problems);
    }

    private static void walk(JsonNode node, String path, List<String> problems) {
        if (node.has("properties")) {
            if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").booleanValue()) {
                problems.add(path + " has no additionalProperties: false");
            }
            node.get("properties").properties().forEach(field -> {
                JsonNode property = field.getValue();
                if (property.isObject() && !property.has("description") && !property.has("$ref")) {
                    problems.add(path + "/" + field.getKey() + " has no description");
                }
                walk(property, path + "/" + field.getKey(), problems);
            });
        }
        if (node.has("items")) {
            walk(node.get("items"), path + "[]", problems);
        }
        if (node.has("$defs")) {
            node.get("$defs").properties().forEach(def -> walk(def.getValue(), "$defs/" + def.getKey(), problems));
        }
    }
}
