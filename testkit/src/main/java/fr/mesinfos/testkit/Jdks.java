package fr.mesinfos.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Keycloak 26 needs Java 21+: finds such a JDK on this machine without asking anyone to set JAVA_HOME. */
public final class Jdks {
    public static final int MINIMUM = 21;
    private static final Pattern RELEASE_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private Jdks() {
    }

    /** Home of a JDK of at least {@link #MINIMUM}: the running one if it qualifies, else JAVA_HOME, else /usr/lib/jvm. */
    public static Path home() {
        if (Runtime.version().feature() >= MINIMUM) {
            return Path.of(System.getProperty("java.home"));
        }
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                dirs.sorted().forEach(candidates::add);
            } catch (IOException e) {
                // no readable /usr/lib/jvm: the message below says what to do
            }
        }
        return candidates.stream()
                .filter(home -> featureVersion(home) >= MINIMUM)
                .max((a, b) -> Integer.compare(featureVersion(a), featureVersion(b)))
                .orElseThrow(() -> new IllegalStateException(
                        "No JDK " + MINIMUM + "+ found (looked at the running JVM, JAVA_HOME and /usr/lib/jvm). "
                                + "Install one, e.g. a Temurin 21 or 25, and run again."));
    }

    public static Path java() {
        return home().resolve("bin/java");
    }

    static int featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return 0;
        }
        try {
            Matcher matcher = RELEASE_VERSION.matcher(Files.readString(release));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
