package fr.mesinfos.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jboss.logging.Logger;

/**
 * A real Keycloak (the keycloak-quarkus-dist zip from Maven Central), unpacked once into the per-checkout cache and
 * started in dev mode on loopback with the project's mesinfos realm imported.
 */
public final class KeycloakServer implements Server {
    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
    public static final String REALM = "mesinfos";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final Path home;
    private final ChildProcess process;

    private KeycloakServer(int port, Path home, ChildProcess process) {
        this.port = port;
        this.home = home;
        this.process = process;
    }

    /**
     * Starts Keycloak. {@code copy} names the unpacked copy ("test" or "run"): tests use a fresh database at every start
     * ({@code keepData=false}); the local run keeps its users, clients and sessions between runs.
     */
    public static KeycloakServer start(int wantedPort, String copy, boolean keepData) {
        long started = System.nanoTime();
        int port = Loopback.portOr(wantedPort);
        int managementPort = Loopback.freePort();
        Path dist = Path.of(Workspace.buildResource("keycloak-dist.path"));
        Path home = unpackOnce(dist, Workspace.cache().resolve("keycloak-" + version(dist) + "-" + copy));
        try {
            if (!keepData) {
                Workspace.deleteRecursively(home.resolve("data/h2"));
            }
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Workspace.realmFile(), imports.resolve("mesinfos-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak in " + home, e);
        }
        Path jdk = Jdks.home();
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + Loopback.HOST, "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--import-realm");
        Map<String, String> env = Map.of(
                "JAVA_HOME", jdk.toString(),
                "JAVA", jdk.resolve("bin/java").toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Path log = home.resolve("keycloak-" + port + ".log");
        ChildProcess child = ChildProcess.start("keycloak", command, home, env, log);
        String discovery = "http://" + Loopback.HOST + ":" + port + "/realms/" + REALM + "/.well-known/openid-configuration";
        child.awaitReady(() -> answers200(discovery), Duration.ofSeconds(180));
        LOG.infof("Keycloak ready on 127.0.0.1:%d in %d ms (pid %d)", port, (System.nanoTime() - started) / 1_000_000, child.pid());
        return new KeycloakServer(port, home, child);
    }

    public String baseUrl() {
        return "http://" + Loopback.HOST + ":" + port;
    }

    /** The issuer / auth-server-url of the mesinfos realm. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public String description() {
        return "Keycloak " + home.getFileName() + " (start-dev, " + home + ")";
    }

    @Override
    public String url() {
        return baseUrl();
    }

    @Override
    public Map<String, String> quarkusConfig() {
        return Map.of("quarkus.oidc.auth-server-url", realmUrl(),
                "mesinfos.keycloak.url", baseUrl());
    }

    @Override
    public void close() {
        process.stop();
    }

    private static boolean answers200(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String version(Path dist) {
        String file = dist.getFileName().toString();
        return file.replace("keycloak-quarkus-dist-", "").replace(".zip", "");
    }

    /** Unpacks the distribution once; a marker file written last makes an interrupted unpack start again. */
    private static synchronized Path unpackOnce(Path zip, Path target) {
        Path marker = target.resolve(".mesinfos-unpacked");
        if (Files.exists(marker)) {
            return target;
        }
        long started = System.nanoTime();
        Workspace.deleteRecursively(target);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            Files.createDirectories(target);
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                // the zip holds one top folder (keycloak-26.x.y/): strip it
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? name : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path out = target.resolve(relative).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside target: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                    if (relative.endsWith(".sh")) {
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            Files.writeString(marker, zip.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + " into " + target, e);
        }
        LOG.infof("Keycloak unpacked into %s in %d ms", target, (System.nanoTime() - started) / 1_000_000);
        return target;
    }
}
