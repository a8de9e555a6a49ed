package fr.mesinfos.testkit.local;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import fr.mesinfos.testkit.KafkaBroker;
import fr.mesinfos.testkit.KafkaProvisioning;
import fr.mesinfos.testkit.KeycloakServer;
import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.MongoServer;
import fr.mesinfos.testkit.PostgresServer;
import fr.mesinfos.testkit.Server;
import fr.mesinfos.testkit.ServiceProcess;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Workspace;

/**
 * The README's run command: the whole platform on loopback with embedded defaults (real Kafka, Keycloak, PostgreSQL,
 * a MongoDB server, every service), data kept under .mesinfos/ between runs, everything stopped on Ctrl-C.
 */
public final class LocalPlatform {
    private final Path root = Workspace.root();
    /** Where the run keeps its data: .mesinfos in the checkout, or -Dmesinfos.data (the one-command test uses its own). */
    private final Path data = Path.of(System.getProperty("mesinfos.data", root.resolve(".mesinfos").toString()));
    /** Keycloak's unpacked copy, whose database the run keeps: "run", or -Dmesinfos.keycloak.copy. */
    private final String keycloakCopy = System.getProperty("mesinfos.keycloak.copy", "run");
    private final List<Server> servers = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<PlatformService, Integer> servicePorts = new java.util.EnumMap<>(PlatformService.class);

    public static void main(String[] args) throws Exception {
        LocalPlatform platform = new LocalPlatform();
        List<String> options = List.of(args);
        boolean reset = options.contains("--reset");
        int persons = intOption(options, "--persons", 2000);
        int days = intOption(options, "--days", 14);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping MesInfos...");
            platform.stop();
            say("Stopped.");
            stopped.countDown();
        }, "stop-mesinfos"));
        try {
            platform.start(reset);
        } catch (RuntimeException e) {
            say("MesInfos could not start: " + e.getMessage());
            System.exit(1);
        }
        platform.printWhereEverythingIs();
        try {
            new PartnerSimulation(platform.root, platform.data).fill(persons, days, 42, platform.simulatorEndpoints());
            say("The platform keeps running (Ctrl-C stops everything).");
        } catch (RuntimeException e) {
            say(e.getMessage());
        }
        stopped.await();
    }

    private void start(boolean reset) throws Exception {
        if (reset) {
            say("Reset: deleting " + data);
            Workspace.deleteRecursively(data);
        }
        Files.createDirectories(data.resolve("logs"));
        int kafkaPort = port("kafka", 9092);
        int kafkaAdminPort = port("kafka-operator", kafkaPort + 2);
        int keycloakPort = port("keycloak", 8180);
        int postgresPort = port("postgres", 5433);
        int mongoPort = port("mongo", 27018);
        for (PlatformService service : PlatformService.values()) {
            servicePorts.put(service, port(service.module, service.port));
        }
        say("Starting infrastructure (Keycloak takes 10-30 s; its first start after a download about 30 s)...");
        long started = System.nanoTime();
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> KeycloakServer.start(keycloakPort, keycloakCopy, !reset));
        PostgresServer postgres = register(PostgresServer.start(postgresPort, data.resolve("postgres"), true));
        MongoServer mongo = register(MongoServer.start(mongoPort));
        say("  postgresql, mongodb up");
        KeycloakServer identity = register(keycloak.join());
        say("  keycloak up (" + seconds(started) + ")");
        // Kafka validates clients' tokens against the realm's keys: it starts once Keycloak serves them
        register(KafkaBroker.startSecured(kafkaPort, kafkaPort + 1, kafkaAdminPort, data.resolve("kafka"), identity.realmUrl()));
        say("  kafka up, secured (SASL OAUTHBEARER + ACLs), topics and ACLs provisioned (" + seconds(started) + ")");

        Map<String, String> common = new LinkedHashMap<>();
        servers.forEach(server -> common.putAll(server.quarkusConfig()));
        for (PlatformService service : PlatformService.values()) {
            Map<String, String> config = new LinkedHashMap<>(common);
            service.database().ifPresent(db -> config.putAll(postgres.quarkusConfig(db)));
            if (!service.mongo) {
                config.remove("quarkus.mongodb.connection-string");
            }
            if (service == PlatformService.PERSONAL_SPACE || service == PlatformService.OPENDATA) {
                config.putAll(serviceClients());
            }
            services.add(ServiceProcess.start(root, service.module, servicePorts.get(service), config,
                    data.resolve("logs/" + service.module + ".log")));
        }
        say("Starting services...");
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(120));
            say("  " + service.module() + " ready");
        }
        say("Everything is up in " + seconds(started) + ".");
    }

    /** Where the personal space (and opendata-service's cross-data app) find the services they call (this run's ports). */
    private Map<String, String> serviceClients() {
        Map<String, String> clients = new LinkedHashMap<>();
        clients.put("quarkus.rest-client.vault.url", local(PlatformService.VAULT));
        clients.put("quarkus.rest-client.consent.url", local(PlatformService.CONSENT));
        clients.put("quarkus.rest-client.opendata.url", local(PlatformService.OPENDATA));
        clients.put("quarkus.rest-client.connector-orange.url", local(PlatformService.CONNECTOR_ORANGE));
        clients.put("quarkus.rest-client.connector-edf.url", local(PlatformService.CONNECTOR_EDF));
        clients.put("quarkus.rest-client.connector-maif.url", local(PlatformService.CONNECTOR_MAIF));
        return clients;
    }

    private String local(PlatformService service) {
        return "http://127.0.0.1:" + servicePorts.get(service);
    }

    /** Where the simulators find Keycloak and the connectors, as options of their runner. */
    private List<String> simulatorEndpoints() {
        String keycloak = servers.stream().filter(s -> s instanceof KeycloakServer).map(Server::url).findFirst().orElseThrow();
        return List.of("--keycloak", keycloak,
                "--orange", "http://127.0.0.1:" + servicePorts.get(PlatformService.CONNECTOR_ORANGE),
                "--edf", "http://127.0.0.1:" + servicePorts.get(PlatformService.CONNECTOR_EDF),
                "--maif", "http://127.0.0.1:" + servicePorts.get(PlatformService.CONNECTOR_MAIF));
    }

    private void printWhereEverythingIs() {
        StringBuilder out = new StringBuilder("\n=== MesInfos is running (Ctrl-C stops everything) ===\n\nInfrastructure\n");
        for (Server server : servers) {
            out.append(String.format("  %-12s %s%n               %s%n", server.name(), server.url(), server.description()));
        }
        out.append("\nServices (health: /q/health/ready, metrics: /q/metrics, API: /q/swagger-ui)\n");
        for (PlatformService service : PlatformService.values()) {
            out.append(String.format("  %-18s http://127.0.0.1:%d%n", service.module, servicePorts.get(service)));
        }
        out.append("\nOpen your personal space: ").append(local(PlatformService.PERSONAL_SPACE))
                .append("  (log in as germaine / germaine, or any simulated tester0001... / same password)\n");
        out.append("\nIdentity: realm '").append(KeycloakServer.REALM).append("' at http://127.0.0.1:")
                .append(((KeycloakServer) servers.stream().filter(s -> s instanceof KeycloakServer).findFirst().orElseThrow()).baseUrl().replace("http://127.0.0.1:", ""))
                .append("\n  admin console: /admin (").append(KeycloakServer.ADMIN_USER).append(" / ").append(KeycloakServer.ADMIN_PASSWORD).append(")\n")
                .append("  test logins (password = login): ");
        for (TestUsers user : TestUsers.values()) {
            out.append(user.username()).append(" (").append(user.role()).append(") ");
        }
        out.append("\n  partner service accounts: partner-orange, partner-edf, partner-maif (secret: <client>-secret)\n")
                .append("  apps read app.<app-id>.v1 on Kafka with their client id and secret (SASL OAUTHBEARER, tokens of the realm);\n")
                .append("  dev demo apps: ").append(String.join(", ", KafkaProvisioning.DEV_APPS)).append(" (secret: <client>-secret)\n")
                .append("\nLogs: ").append(data.resolve("logs")).append("   Data kept in ").append(data)
                .append(" (./mesinfos run --reset starts afresh)\n");
        System.out.println(out);
    }

    private void stop() {
        // services first (in parallel: each may take a few seconds to drain), then the infrastructure they use
        services.parallelStream().forEach(ServiceProcess::close);
        for (int i = servers.size() - 1; i >= 0; i--) {
            servers.get(i).close();
        }
    }

    private <T extends Server> T register(T server) {
        servers.add(server);
        return server;
    }

    /** "--name N" among the options, or the default. */
    private static int intOption(List<String> options, String name, int defaultValue) {
        int at = options.indexOf(name);
        if (at < 0) {
            return defaultValue;
        }
        if (at + 1 >= options.size() || !options.get(at + 1).matches("[0-9]{1,7}")) {
            throw new IllegalArgumentException(name + " needs a whole number");
        }
        return Integer.parseInt(options.get(at + 1));
    }

    /** The port for a component: -Dmesinfos.port.NAME or the default; it must be free now. */
    private static int port(String name, int defaultPort) {
        int port = Integer.getInteger("mesinfos.port." + name, defaultPort);
        if (Loopback.isListening(port)) {
            throw new IllegalStateException("port " + port + " (" + name + ") is already in use on 127.0.0.1: is another "
                    + "MesInfos still running? Stop it, or choose another port with -Dmesinfos.port." + name + "=PORT");
        }
        return port;
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static void say(String line) {
        System.out.println("[mesinfos] " + line);
    }
}
