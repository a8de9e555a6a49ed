package fr.mesinfos.opendata.vault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.ServiceProcess;
import fr.mesinfos.testkit.SharedInfrastructure;
import fr.mesinfos.testkit.Workspace;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real vault for the cross-data services' end-to-end tests: the packaged vault-service run as a child process on
 * the test JVM's Kafka, Keycloak and MongoDB (its own database and consumer group), the service's vault client pointed
 * at it.
 */
public class VaultProcess implements QuarkusTestResourceLifecycleManager {
    private ServiceProcess vault;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>();
        config.putAll(SharedInfrastructure.kafka());
        config.putAll(SharedInfrastructure.keycloak());
        config.putAll(SharedInfrastructure.mongo());
        String database = "vault_opendata_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        config.put("quarkus.mongodb.database", database);
        // a group of the test's own, within the vault's account (its ACL covers groups prefixed vault-service)
        config.put("mesinfos.vault.consumer-group", "vault-service-" + database.replace('_', '-'));
        config.keySet().removeIf(key -> key.startsWith("mesinfos.") && !key.startsWith("mesinfos.vault."));
        Path root = Workspace.root();
        Path log = root.resolve("opendata-service/target/vault-process/vault-" + database + ".log");
        vault = ServiceProcess.start(root, "vault-service", Loopback.freePort(), config, log).awaitReady(Duration.ofSeconds(90));
        return Map.of("quarkus.rest-client.vault.url", vault.url());
    }

    @Override
    public void stop() {
        if (vault != null) {
            vault.close();
        }
    }
}
