package fr.mesinfos.deploy.schema;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the schemas live (deploy/schemas/&lt;group or core&gt;/&lt;version&gt;/&lt;Kind&gt;.json) and their one on-disk format. */
public final class SchemaFiles {
    private static final String SCHEMAS = "deploy/schemas";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private SchemaFiles() {
    }

    /** The checkout root: -Dmesinfos.root (set by the build), else the first parent of the working directory holding deploy/schemas. */
    public static Path checkout() {
        Optional<Path> configured = Optional.ofNullable(System.getProperty("mesinfos.root"))
                .filter(s -> !s.isBlank()).map(Path::of);
        if (configured.isPresent() && Files.isDirectory(configured.get().resolve(SCHEMAS))) {
            return configured.get().toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(SCHEMAS))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the MesInfos checkout (a folder holding " + SCHEMAS + ") above "
                + Path.of("").toAbsolutePath() + "; set -Dmesinfos.root");
    }

    public static Path directory() {
        return checkout().resolve(SCHEMAS);
    }

    /** The file of a kind, relative to deploy/schemas: "apps/v1" + "Deployment" gives apps/v1/Deployment.json, "v1" gives core/v1/... */
    public static Path relativePath(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "core" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        return Path.of(group, version, kind + ".json");
    }

    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The file's bytes: two-space indentation, one value per line, a final newline; what the drift check compares. */
    public static String format(JsonNode schema) {
        try {
            return WRITER.writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
