package fr.mesinfos.deploy.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed generated schemas are what the generators make today (a model or CRD upgrade that changes them fails
 * here); with -Dmesinfos.schemas.write=true it writes them instead.
 */
class SchemasAreGeneratedTest {
    private static final boolean WRITE = Boolean.getBoolean("mesinfos.schemas.write");
    private static final String HOW_TO_REGENERATE = "regenerate with ./mvnw -pl deploy verify"
            + " -Dtest=SchemasAreGeneratedTest -Dmesinfos.schemas.write=true, then review the diff";

    @TestFactory
    Stream<DynamicTest> everyGeneratedSchemaIsUpToDate() {
        Path schemas = SchemaFiles.directory();
        Map<Path, JsonNode> generated = SchemaCatalog.generate(strimziCrds(), strimziVersion(), schemas);
        return generated.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().toString(), () -> {
            Path file = schemas.resolve(entry.getKey());
            String expected = SchemaFiles.format(entry.getValue());
            if (WRITE) {
                SchemaFiles.write(file, entry.getValue());
            }
            assertTrue(Files.isRegularFile(file), file + " is missing; " + HOW_TO_REGENERATE);
            assertEquals(expected, Files.readString(file), file + " is stale; " + HOW_TO_REGENERATE);
        }));
    }

    static Path strimziCrds() {
        return Path.of(required("mesinfos.strimzi.crds"));
    }

    static String strimziVersion() {
        return required("mesinfos.strimzi.version");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + property + " is not set: run the tests with Maven (deploy/pom.xml sets it)");
        }
        return value;
    }
}
