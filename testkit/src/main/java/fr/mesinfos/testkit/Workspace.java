package fr.mesinfos.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Where things live: the checkout (realm file), the per-checkout download cache, and scratch folders. */
public final class Workspace {
    private static final String REALM = "deploy/keycloak/mesinfos-realm.json";

    private Workspace() {
    }

    /** The checkout root: -Dmesinfos.root, else the first parent of the working directory that holds the realm file. */
    public static Path root() {
        Optional<Path> configured = Optional.ofNullable(System.getProperty("mesinfos.root"))
                .filter(s -> !s.isBlank()).map(Path::of);
        if (configured.isPresent() && Files.exists(configured.get().resolve(REALM))) {
            return configured.get().toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(REALM))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the MesInfos checkout (a folder holding " + REALM
                + ") above " + Path.of("").toAbsolutePath() + "; set -Dmesinfos.root");
    }

    public static Path realmFile() {
        return root().resolve(REALM);
    }

    /** ~/.cache/mesinfos/&lt;checkout hash&gt;: survives `mvn clean`, one per checkout so two clones never share state. */
    public static Path cache() {
        String base = Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).filter(s -> !s.isBlank())
                .orElse(System.getProperty("user.home") + "/.cache");
        return Path.of(base, "mesinfos", shortHash(root().toString()));
    }

    public static Path scratch(String prefix) {
        try {
            return Files.createTempDirectory("mesinfos-" + prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Recorded at build time by the testkit's pom (maven-dependency-plugin), read here from the classpath. */
    static String buildResource(String name) {
        try (var in = Workspace.class.getResourceAsStream("/mesinfos-testkit/" + name)) {
            if (in == null) {
                throw new IllegalStateException("testkit resource " + name + " is missing: build the testkit module (./mvnw install)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
