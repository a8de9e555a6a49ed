package fr.mesinfos.personal.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.mesinfos.testkit.Loopback;
import fr.mesinfos.testkit.Workspace;
import fr.mesinfos.testkit.platform.PlatformProcesses;
import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The platform the personal space runs against in its browser tests: the real infrastructure of the testkit (secured
 * Kafka, Keycloak with the project's realm, PostgreSQL, MongoDB) and the packaged vault-service, consent-service,
 * opendata-service and connector-edf started as child processes by the testkit's {@link PlatformProcesses}, as an
 * operator runs them. The personal space (in the test JVM) is pointed at them and at the realm.
 */
public class PlatformUnderTest implements QuarkusTestResourceLifecycleManager {
    private PlatformProcesses platform;

    @Override
    public Map<String, String> start() {
        platform = PlatformProcesses.builder()
                .with(Service.VAULT, Service.CONSENT, Service.CONNECTOR_EDF, Service.OPENDATA)
                .workDir(Workspace.root().resolve("personal-space/target"))
                .start();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.oidc.auth-server-url", platform.oidcUrl());
        config.put("quarkus.rest-client.vault.url", platform.url(Service.VAULT));
        config.put("quarkus.rest-client.consent.url", platform.url(Service.CONSENT));
        config.put("quarkus.rest-client.opendata.url", platform.url(Service.OPENDATA));
        config.put("quarkus.rest-client.connector-edf.url", platform.url(Service.CONNECTOR_EDF));
        // Orange and MAIF are not started: the home page must say so in words and still show the rest
        config.put("quarkus.rest-client.connector-orange.url", "http://127.0.0.1:" + Loopback.freePort());
        config.put("quarkus.rest-client.connector-maif.url", "http://127.0.0.1:" + Loopback.freePort());
        config.put("personal-space.test.vault-url", platform.url(Service.VAULT));
        config.put("personal-space.test.consent-url", platform.url(Service.CONSENT));
        return config;
    }

    @Override
    public void stop() {
        if (platform != null) {
            platform.close();
        }
    }
}
