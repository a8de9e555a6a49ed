package fr.mesinfos.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way deploy's generated files (schemas, manifests) are kept: a test compares each committed file with what
 * its generator makes today, and rewrites it instead when the build runs with {@value #WRITE_PROPERTY}=true.
 */
public final class GeneratedFiles {
    public static final String WRITE_PROPERTY = "mesinfos.deploy.write";
    /** The command that regenerates every generated file of deploy, for failure messages and file headers. */
    public static final String REGENERATE = "./mvnw -pl deploy -am test -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dtest='*AreGeneratedTest' -D" + WRITE_PROPERTY + "=true";

    private GeneratedFiles() {
    }

    /** Fails unless {@code file} holds exactly {@code expected}; writes it first when asked to regenerate. */
    public static void check(Path file, String expected) throws IOException {
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(file), file + " is missing: " + REGENERATE + ", then review the diff");
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), file + " is stale: " + REGENERATE + ", then review the diff");
    }
}
