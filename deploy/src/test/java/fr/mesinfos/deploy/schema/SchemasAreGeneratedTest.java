package fr.mesinfos.deploy.schema;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mesinfos.deploy.GeneratedFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed generated schemas are what the generators make today (a model or CRD upgrade that changes them fails
 * here); with -Dmesinfos.deploy.write=true it writes them instead (GeneratedFiles).
 */
class SchemasAreGeneratedTest {
    @TestFactory
    Stream<DynamicTest> everyGeneratedSchemaIsUpToDate() {
        Path schemas = SchemaFiles.directory();
        Map<Path, JsonNode> generated = SchemaCatalog.generate(strimziCrds(), strimziVersion(), schemas);
        return generated.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().toString(),
                () -> GeneratedFiles.check(schemas.resolve(entry.getKey()), SchemaFiles.format(entry.getValue()))));
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
