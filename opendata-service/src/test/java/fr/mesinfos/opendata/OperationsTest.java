package fr.mesinfos.opendata;

import java.util.List;

import fr.mesinfos.testkit.contract.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;

/** Health reflects Keycloak and Kafka; metrics and OpenAPI are served. */
@QuarkusTest
class OperationsTest extends OperationsContract {
    @Override
    protected List<String> readinessChecks() {
        return List.of("Keycloak realm", "Kafka connection health check");
    }
}
