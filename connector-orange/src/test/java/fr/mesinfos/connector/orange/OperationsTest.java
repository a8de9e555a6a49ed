package fr.mesinfos.connector.orange;

import java.util.List;

import fr.mesinfos.testkit.contract.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;

/** Health reflects Keycloak, Kafka and PostgreSQL; metrics and OpenAPI are served. */
@QuarkusTest
class OperationsTest extends OperationsContract {
    @Override
    protected List<String> readinessChecks() {
        return List.of("Keycloak realm", "Kafka connection health check", "Reactive PostgreSQL connections health check");
    }
}
