package fr.mesinfos.personal;

import java.util.List;

import fr.mesinfos.testkit.contract.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;

/** Health reflects Keycloak (the only dependency the space cannot work without); metrics and OpenAPI are served. */
@QuarkusTest
class OperationsTest extends OperationsContract {
    @Override
    protected List<String> readinessChecks() {
        return List.of("Keycloak realm");
    }
}
