package fr.mesinfos.vault;

import java.util.List;

import fr.mesinfos.testkit.contract.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;

/** Health reflects Kafka, MongoDB and Keycloak; metrics and OpenAPI are served. */
@QuarkusTest
class OperationsTest extends OperationsContract {
    @Override
    protected List<String> readinessChecks() {
        return List.of("Keycloak realm", "Kafka connection health check", "MongoDB connection health check");
    }
}
