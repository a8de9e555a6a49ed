package fr.mesinfos.opendata;

import fr.mesinfos.testkit.quarkus.KafkaResource;
import fr.mesinfos.testkit.quarkus.KeycloakResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real servers every opendata-service test runs against, started once for the test JVM by the testkit. */
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
