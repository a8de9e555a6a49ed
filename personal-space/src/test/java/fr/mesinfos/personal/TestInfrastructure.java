package fr.mesinfos.personal;

import fr.mesinfos.testkit.quarkus.KeycloakResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real Keycloak the personal space's operations tests run against (the browser tests bring the whole platform). */
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
