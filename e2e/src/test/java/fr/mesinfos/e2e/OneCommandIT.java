package fr.mesinfos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.Await;
import fr.mesinfos.testkit.Jdks;
import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.Workspace;

/**
 * The README's run command as a newcomer meets it: the local platform (what {@code ./mesinfos run} starts once the
 * build is done) comes up with every service and the partner simulators, says what to open and which logins to use,
 * stops everything on Ctrl-C (SIGINT), and a second run keeps the data instead of pushing it again. Its own data
 * directory, Keycloak copy and free ports, so a developer's own local run is neither used nor disturbed.
 */
class OneCommandIT {
    private static final Logger LOG = Logger.getLogger(OneCommandIT.class);
    private static final String[] SERVICES = {"connector-orange", "connector-edf", "connector-maif", "vault-service",
            "consent-service", "opendata-service", "personal-space"};
    private static final Duration START = Duration.ofMinutes(6);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root = Workspace.root();
    private final Path data = root.resolve("e2e/target/one-command/data");
    private final Map<String, Integer> ports = ports();
    private Run run;

    @AfterEach
    void stopWhatIsLeft() {
        if (run != null) {
            run.process.destroyForcibly();
        }
    }

    @Test
    void oneCommandStartsEverythingStopsEverythingAndKeepsTheDataForTheNextRun() throws Exception {
        Workspace.deleteRecursively(data);

        run = Run.start(command());
        run.awaitLine("The platform keeps running", START);
        String first = run.output();
        assertTrue(first.contains("Partner simulators: 3 persons over 1 days"), first);
        assertTrue(first.contains("Open your personal space: http://127.0.0.1:" + ports.get("personal-space")), first);
        assertTrue(first.contains("test logins (password = login): germaine (person)"), first);
        assertTrue(Files.exists(data.resolve("simulated-3-persons-1-days-seed-42")), "the simulators' pushes are recorded as done");
        for (String service : SERVICES) {
            assertEquals(200, status("http://127.0.0.1:" + ports.get(service) + "/q/health/ready"), service + " ready");
        }
        stopAndCheckEverythingStopped();

        run = Run.start(command());
        run.awaitLine("The platform keeps running", START);
        String second = run.output();
        assertTrue(second.contains("Partner data already pushed for 3 persons over 1 days"), second);
        assertFalse(second.contains("Partner simulators:"), "a second run pushes nothing again");
        assertFalse(second.contains("Reset: deleting"), second);
        assertEquals(200, status("http://127.0.0.1:" + ports.get("personal-space") + "/q/health/ready"));
        stopAndCheckEverythingStopped();
    }

    private void stopAndCheckEverythingStopped() throws Exception {
        // Ctrl-C is SIGINT to the JVM: its shutdown hook stops the services, then the infrastructure. (Process.destroy
        // would close the console this test reads.)
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(run.process.pid())).start().waitFor());
        assertTrue(run.process.waitFor(90, TimeUnit.SECONDS), "the run stops within 90 s");
        run.awaitLine("Stopped.", Duration.ofSeconds(5));
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            assertFalse(Loopback.isListening(port.getValue()), port.getKey() + " still listens on " + port.getValue());
        }
        LOG.infof("run stopped, %d ports free", ports.size());
        run = null;
    }

    private List<String> command() throws IOException {
        List<String> command = new ArrayList<>(List.of(Jdks.java().toString(),
                "-Dmesinfos.root=" + root,
                "-Dmesinfos.data=" + data,
                "-Dmesinfos.keycloak.copy=one-command-it",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"));
        ports.forEach((name, port) -> command.add("-Dmesinfos.port." + name + "=" + port));
        command.addAll(List.of("-cp", root.resolve("testkit/target/classes") + ":"
                + Files.readString(root.resolve("testkit/target/local-run.classpath")).trim(),
                "fr.mesinfos.testkit.local.LocalPlatform", "--persons", "3", "--days", "1"));
        return command;
    }

    /** Free ports for every component; Kafka also takes the port after its own (its controller). */
    private static Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        int kafka = Loopback.freePort();
        while (Loopback.isListening(kafka + 1)) {
            kafka = Loopback.freePort();
        }
        ports.put("kafka", kafka);
        ports.put("kafka-operator", Loopback.freePort());
        for (String name : List.of("keycloak", "postgres", "mongo")) {
            ports.put(name, Loopback.freePort());
        }
        for (String service : SERVICES) {
            ports.put(service, Loopback.freePort());
        }
        return ports;
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The run as a child process, its console collected line by line. */
    private record Run(Process process, List<String> lines, Thread reader) {
        static Run start(List<String> command) throws IOException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("(console closed: " + e.getMessage() + ")");
                }
            }, "one-command-console");
            reader.setDaemon(true);
            reader.start();
            return new Run(process, lines, reader);
        }

        void awaitLine(String text, Duration patience) {
            Await.until(() -> {
                if (!process.isAlive() && !reader.isAlive() && !output().contains(text)) {
                    throw new AssertionError("the run ended (exit " + process.exitValue() + ") before \"" + text + "\":\n" + output());
                }
                return output().contains(text);
            }, "\"" + text + "\" on the run's console", patience);
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }
}
