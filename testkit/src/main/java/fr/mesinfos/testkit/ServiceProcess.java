package fr.mesinfos.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A packaged MesInfos service (target/quarkus-app) run as a child JVM, as an operator would run it. */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final int port;
    private final List<String> command;
    private final Path workDir;
    private final Process process;
    private final Path log;

    private ServiceProcess(String module, int port, List<String> command, Path workDir, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.command = command;
        this.workDir = workDir;
        this.process = process;
        this.log = log;
    }

    /** Starts the module's quarkus-run.jar on the port with the given configuration; output goes to the log file. */
    public static ServiceProcess start(Path root, String module, int port, Map<String, String> config, Path log) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw install -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(Jdks.java().toString(), "-Xms64m", "-Xmx384m"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
        return launch(module, port, List.copyOf(command), root.resolve(module), log, ProcessBuilder.Redirect.to(log.toFile()));
    }

    /**
     * Starts the same jar again, same port, configuration and working directory, its output appended to the same log:
     * a stopped or killed service brought back as a supervisor would. Not ready yet: {@link #awaitReady(Duration)}.
     */
    public ServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(module + " is still running: kill or close it first");
        }
        try {
            Files.writeString(log, "--- restarted by the test ---%n".formatted(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + log, e);
        }
        return launch(module, port, command, workDir, log, ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private static ServiceProcess launch(String module, int port, List<String> command, Path workDir, Path log,
            ProcessBuilder.Redirect output) {
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(output).start();
            return new ServiceProcess(module, port, command, workDir, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
    }

    /** Waits until /q/health/ready answers 200; fails with where to look if the process dies or time runs out. */
    public ServiceProcess awaitReady(Duration timeout) {
        URI ready = URI.create(url() + "/q/health/ready");
        Await.until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited (code " + process.exitValue() + "); see " + log);
            }
            return answers200(ready);
        }, module + " ready; see " + log, timeout);
        return this;
    }

    private static boolean answers200(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public String url() {
        return "http://" + Loopback.HOST + ":" + port;
    }

    public String module() {
        return module;
    }

    /** SIGKILL, as a crash or an OOM kill would: no shutdown hook, no graceful close; waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException(module + " still alive 20 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** SIGTERM (Quarkus shuts down gracefully), SIGKILL after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
