package fr.mesinfos.deploy.validation;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Builds a Kustomize directory the way CI does, without a cluster: `kubectl kustomize`, else `kustomize build`. */
public final class Kustomize {
    private static final long TIMEOUT_SECONDS = 120;

    private Kustomize() {
    }

    /** The resources the directory builds to, as one multi-document YAML stream. */
    public static String build(Path directory) {
        List<String> command = command(directory).orElseThrow(() -> new IllegalStateException(
                "Neither kubectl nor kustomize is on the PATH (" + System.getenv("PATH") + "): install kubectl"
                        + " (it has kustomize built in) to build and validate the overlays"));
        Path errors = null;
        try {
            errors = Files.createTempFile("kustomize-", ".err");
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took more than " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "): " + Files.readString(errors).strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }

    static Optional<List<String>> command(Path directory) {
        String dir = directory.toAbsolutePath().toString();
        return onPath("kubectl").map(kubectl -> List.of(kubectl.toString(), "kustomize", dir))
                .or(() -> onPath("kustomize").map(kustomize -> List.of(kustomize.toString(), "build", dir)));
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                Path candidate = Path.of(entry, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
