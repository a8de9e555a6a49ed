package fr.mesinfos.testkit.quarkus;

import java.util.Map;

import fr.mesinfos.testkit.SharedInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points a Quarkus test at the real Keycloak (mesinfos realm) shared by the test JVM. */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return SharedInfrastructure.keycloak();
    }

    @Override
    public void stop() {
        // Keycloak lives as long as the test JVM: stopped by the testkit's shutdown hook
    }
}
