package fr.mesinfos.connector.edf;

import fr.mesinfos.testkit.quarkus.KafkaResource;
import fr.mesinfos.testkit.quarkus.KeycloakResource;
import fr.mesinfos.testkit.quarkus.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real servers every connector-edf test runs against, started once for the test JVM by the testkit. */
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "connector_edf"))
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
