package fr.mesinfos.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keycloak needs Java 21+: the launcher finds one, and ignores folders that are not JDKs. */
class JdksTest {

    @Test
    void findsAJdkOfAtLeast21() {
        Path home = Jdks.home();
        assertTrue(Files.isExecutable(home.resolve("bin/java")), home.toString());
        assertTrue(Runtime.version().feature() < Jdks.MINIMUM || home.equals(Path.of(System.getProperty("java.home"))));
    }

    @Test
    void readsTheFeatureVersionFromTheReleaseFile(@TempDir Path dir) throws Exception {
        assertEquals(0, Jdks.featureVersion(dir), "no bin/java: not a JDK");
        Files.createDirectories(dir.resolve("bin"));
        Path java = Files.createFile(dir.resolve("bin/java"));
        java.toFile().setExecutable(true);
        Files.writeString(dir.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertEquals(25, Jdks.featureVersion(dir));
        Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        assertEquals(17, Jdks.featureVersion(dir));
    }
}
