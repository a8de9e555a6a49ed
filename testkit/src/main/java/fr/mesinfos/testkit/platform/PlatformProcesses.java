package fr.mesinfos.testkit.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.ServiceProcess;
import fr.mesinfos.testkit.SharedInfrastructure;
import fr.mesinfos.testkit.Workspace;

/**
 * The packaged MesInfos services (each module's target/quarkus-app) started as child processes on the testkit's
 * shared infrastructure (secured Kafka, Keycloak with the project's realm, PostgreSQL, MongoDB), each with the
 * configuration it needs, as an operator runs them. For tests that need the real services running: the personal
 * space's browser tests, the end-to-end story and its fault scenario. Build with {@link #builder()}, choose the
 * services, {@code start()}; {@link #kill(Service)} and {@link #restart(Service)} crash one and bring it back;
 * {@link #close()} stops them all.
 */
public final class PlatformProcesses implements AutoCloseable {

    /** The services this class knows how to start, by module. */
    public enum Service {
        VAULT("vault-service"),
        CONSENT("consent-service"),
        OPENDATA("opendata-service"),
        CONNECTOR_ORANGE("connector-orange"),
        CONNECTOR_EDF("connector-edf"),
        CONNECTOR_MAIF("connector-maif"),
        PERSONAL_SPACE("personal-space");

        private final String module;

        Service(String module) {
            this.module = module;
        }

        public String module() {
            return module;
        }
    }

    private final Map<Service, ServiceProcess> processes;
    private final String oidcUrl;
    private final Path logs;
    private final Duration readyTimeout;

    private PlatformProcesses(Map<Service, ServiceProcess> processes, String oidcUrl, Path logs, Duration readyTimeout) {
        this.processes = processes;
        this.oidcUrl = oidcUrl;
        this.logs = logs;
        this.readyTimeout = readyTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL of a started service, e.g. {@code http://127.0.0.1:PORT} (the same after a restart). */
    public String url(Service service) {
        return process(service).url();
    }

    /** The started service's current process. */
    public synchronized ServiceProcess process(Service service) {
        ServiceProcess process = processes.get(service);
        if (process == null) {
            throw new IllegalArgumentException(service + " was not started");
        }
        return process;
    }

    /** Crashes a service: SIGKILL, no graceful shutdown, as an OOM kill or a lost node would; returns once it is gone. */
    public void kill(Service service) {
        process(service).kill();
    }

    /**
     * Starts a killed or stopped service again on the same port with the same configuration (the vault's database,
     * the gate's state directory), its output appended to the same log; returns once it is ready.
     */
    public void restart(Service service) {
        ServiceProcess restarted = process(service).restart();
        synchronized (this) {
            processes.put(service, restarted);
        }
        restarted.awaitReady(readyTimeout);
    }

    public synchronized Set<Service> services() {
        return processes.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(processes.keySet());
    }

    /** The realm's URL the services validate tokens against ({@code quarkus.oidc.auth-server-url}). */
    public String oidcUrl() {
        return oidcUrl;
    }

    /** Where each service's output goes: {@code <module>.log}. */
    public Path logs() {
        return logs;
    }

    /** Stops every service (SIGTERM, SIGKILL after 20 s), in parallel. */
    @Override
    public synchronized void close() {
        processes.values().parallelStream().forEach(ServiceProcess::close);
    }

    /** Which services to start, where their logs and state go, and any configuration of one's own. */
    public static final class Builder {
        /** The personal space's REST clients (quarkus.rest-client.<name>.url) and the service each calls. */
        private static final Map<String, Service> PERSONAL_SPACE_CLIENTS = Map.of("vault", Service.VAULT,
                "consent", Service.CONSENT, "opendata", Service.OPENDATA, "connector-orange", Service.CONNECTOR_ORANGE,
                "connector-edf", Service.CONNECTOR_EDF, "connector-maif", Service.CONNECTOR_MAIF);

        private final Set<Service> services = EnumSet.noneOf(Service.class);
        private final Map<Service, Map<String, String>> extra = new EnumMap<>(Service.class);
        private Path workDir;
        private Duration readyTimeout = Duration.ofSeconds(180);

        private Builder() {
        }

        public Builder with(Service... chosen) {
            services.addAll(List.of(chosen));
            return this;
        }

        /** Logs go to {@code <dir>/platform-logs/<module>.log}, the gate's state to {@code <dir>/gate-state-<run>}. */
        public Builder workDir(Path dir) {
            this.workDir = dir;
            return this;
        }

        /** One more configuration property for a service (it wins over what this class sets). */
        public Builder config(Service service, String key, String value) {
            extra.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(key, value);
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        /** Starts the infrastructure if needed, then the chosen services; returns once every one is ready. */
        public PlatformProcesses start() {
            if (services.isEmpty()) {
                throw new IllegalStateException("choose at least one service");
            }
            Path root = Workspace.root();
            Path dir = workDir != null ? workDir : Workspace.scratch("platform");
            Path logs = dir.resolve("platform-logs");
            String run = UUID.randomUUID().toString().substring(0, 8);

            Map<String, String> infrastructure = new LinkedHashMap<>();
            infrastructure.putAll(SharedInfrastructure.keycloak());
            infrastructure.putAll(SharedInfrastructure.kafka());
            // the testkit's bookkeeping keys are not the services' configuration
            infrastructure.keySet().removeIf(key -> key.startsWith("mesinfos."));

            // ports first, so that a service can be told where another is before either is up
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            services.forEach(service -> ports.put(service, Loopback.freePort()));

            Map<Service, ServiceProcess> processes = new EnumMap<>(Service.class);
            try {
                for (Service service : services) {
                    Map<String, String> config = new LinkedHashMap<>(infrastructure);
                    configure(service, config, ports, dir, run);
                    config.putAll(extra.getOrDefault(service, Map.of()));
                    processes.put(service, ServiceProcess.start(root, service.module(), ports.get(service), config,
                            logs.resolve(service.module() + ".log")));
                }
                CompletableFuture.allOf(processes.values().stream()
                        .map(process -> CompletableFuture.runAsync(() -> process.awaitReady(readyTimeout)))
                        .toArray(CompletableFuture[]::new)).join();
            } catch (RuntimeException e) {
                processes.values().parallelStream().forEach(ServiceProcess::close);
                throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            return new PlatformProcesses(processes, infrastructure.get("quarkus.oidc.auth-server-url"), logs, readyTimeout);
        }

        private static void configure(Service service, Map<String, String> config, Map<Service, Integer> ports, Path dir, String run) {
            switch (service) {
                case VAULT -> {
                    config.put("quarkus.mongodb.connection-string", SharedInfrastructure.mongo().get("quarkus.mongodb.connection-string"));
                    // a database of its own per start: the shared MongoDB outlives one platform
                    config.put("quarkus.mongodb.database", "vault_" + run);
                }
                case CONSENT -> {
                    database(config, "consent_service");
                    config.put("quarkus.kafka-streams.bootstrap-servers", config.get("kafka.bootstrap.servers"));
                    config.put("kafka-streams.state.dir", dir.resolve("gate-state-" + run).toString());
                    // a gate of its own per start (a restart keeps it): the shared Kafka outlives one platform, and a
                    // previous platform's gate stays a member of the group until its session times out (45 s; Kafka
                    // Streams does not leave the group on close), which would hold the next gate back that long
                    config.put("quarkus.kafka-streams.application-id", "consent-service-gate-" + run);
                }
                case CONNECTOR_ORANGE -> database(config, "connector_orange");
                case CONNECTOR_EDF -> database(config, "connector_edf");
                case CONNECTOR_MAIF -> database(config, "connector_maif");
                case OPENDATA -> {
                    if (ports.containsKey(Service.VAULT)) {
                        config.put("quarkus.rest-client.vault.url", url(ports.get(Service.VAULT)));
                    }
                    if (ports.containsKey(Service.CONSENT)) {
                        config.put("quarkus.rest-client.consent.url", url(ports.get(Service.CONSENT)));
                    }
                }
                case PERSONAL_SPACE -> PERSONAL_SPACE_CLIENTS.forEach((client, called) -> {
                    // a service not started: an address where nothing listens (never a local run's fixed port)
                    int port = ports.containsKey(called) ? ports.get(called) : Loopback.freePort();
                    config.put("quarkus.rest-client." + client + ".url", url(port));
                });
            }
        }

        private static void database(Map<String, String> config, String name) {
            SharedInfrastructure.postgres(name).forEach((key, value) -> {
                if (key.startsWith("quarkus.datasource")) {
                    config.put(key, value);
                }
            });
        }

        private static String url(int port) {
            return "http://" + Loopback.HOST + ":" + port;
        }
    }

    @Override
    public synchronized String toString() {
        List<String> started = new ArrayList<>();
        processes.forEach((service, process) -> started.add(service.module() + " " + process.url()));
        return "PlatformProcesses" + started;
    }
}
