package fr.mesinfos.personal.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.ServiceProcess;
import fr.mesinfos.testkit.SharedInfrastructure;
import fr.mesinfos.testkit.Workspace;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The platform the personal space runs against in its browser tests: the real infrastructure of the testkit (secured
 * Kafka, Keycloak with the project's realm, PostgreSQL, MongoDB) and the packaged vault-service, consent-service,
 * opendata-service and connector-edf started as child processes, as an operator runs them. The personal space (in the
 * test JVM) is pointed at them and at the realm.
 */
public class PlatformUnderTest implements QuarkusTestResourceLifecycleManager {
    private final List<ServiceProcess> services = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> infrastructure = new LinkedHashMap<>();
        infrastructure.putAll(SharedInfrastructure.keycloak());
        infrastructure.putAll(SharedInfrastructure.kafka());
        Map<String, String> mongo = SharedInfrastructure.mongo();
        Map<String, String> consentDb = SharedInfrastructure.postgres("consent_service");
        Map<String, String> edfDb = SharedInfrastructure.postgres("connector_edf");
        // the testkit's bookkeeping keys are not the services' configuration
        infrastructure.keySet().removeIf(key -> key.startsWith("mesinfos."));
        Path root = Workspace.root();
        Path logs = root.resolve("personal-space/target/platform-logs");
        String run = UUID.randomUUID().toString().substring(0, 8);

        Map<String, String> vaultConfig = new LinkedHashMap<>(infrastructure);
        vaultConfig.put("quarkus.mongodb.connection-string", mongo.get("quarkus.mongodb.connection-string"));
        vaultConfig.put("quarkus.mongodb.database", "vault_personal_space_" + run);
        ServiceProcess vault = start(root, "vault-service", vaultConfig, logs);

        Map<String, String> consentConfig = new LinkedHashMap<>(infrastructure);
        consentDb.forEach((k, v) -> {
            if (k.startsWith("quarkus.datasource")) {
                consentConfig.put(k, v);
            }
        });
        consentConfig.put("quarkus.kafka-streams.bootstrap-servers", infrastructure.get("kafka.bootstrap.servers"));
        consentConfig.put("kafka-streams.state.dir", root.resolve("personal-space/target/gate-state-" + run).toString());
        ServiceProcess consent = start(root, "consent-service", consentConfig, logs);

        Map<String, String> edfConfig = new LinkedHashMap<>(infrastructure);
        edfDb.forEach((k, v) -> {
            if (k.startsWith("quarkus.datasource")) {
                edfConfig.put(k, v);
            }
        });
        ServiceProcess edf = start(root, "connector-edf", edfConfig, logs);

        Map<String, String> opendataConfig = new LinkedHashMap<>(infrastructure);
        opendataConfig.put("quarkus.rest-client.vault.url", vault.url());
        opendataConfig.put("quarkus.rest-client.consent.url", consent.url());
        ServiceProcess opendata = start(root, "opendata-service", opendataConfig, logs);

        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(() -> service.awaitReady(Duration.ofSeconds(180))))
                .toArray(CompletableFuture[]::new)).join();

        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.oidc.auth-server-url", infrastructure.get("quarkus.oidc.auth-server-url"));
        config.put("quarkus.rest-client.vault.url", vault.url());
        config.put("quarkus.rest-client.consent.url", consent.url());
        config.put("quarkus.rest-client.opendata.url", opendata.url());
        config.put("quarkus.rest-client.connector-edf.url", edf.url());
        // Orange and MAIF are not started: the home page must say so in words and still show the rest
        config.put("quarkus.rest-client.connector-orange.url", "http://127.0.0.1:" + Loopback.freePort());
        config.put("quarkus.rest-client.connector-maif.url", "http://127.0.0.1:" + Loopback.freePort());
        config.put("personal-space.test.vault-url", vault.url());
        config.put("personal-space.test.consent-url", consent.url());
        return config;
    }

    private ServiceProcess start(Path root, String module, Map<String, String> config, Path logs) {
        ServiceProcess service = ServiceProcess.start(root, module, Loopback.freePort(), config, logs.resolve(module + ".log"));
        services.add(service);
        return service;
    }

    @Override
    public void stop() {
        services.parallelStream().forEach(ServiceProcess::close);
    }
}
