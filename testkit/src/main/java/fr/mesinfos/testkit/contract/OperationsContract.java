package fr.mesinfos.testkit.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What an operator expects of every MesInfos service, written once: liveness, readiness that lists the service's
 * real dependencies (each UP), Prometheus metrics and an OpenAPI document. A service's test extends it.
 */
public abstract class OperationsContract {

    /** The names of the readiness checks that must be present and UP (one per real dependency). */
    protected abstract List<String> readinessChecks();

    /** How long a service may take to start its background work (e.g. a Kafka Streams topology), as a startup probe allows. */
    private static final Duration STARTUP = Duration.ofSeconds(60);

    @Test
    void livenessIsUp() {
        awaitOk("/q/health/live");
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessCoversEveryDependencyAndIsUp() {
        awaitOk("/q/health/ready");
        var response = given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        for (String check : readinessChecks()) {
            response.body("checks.findAll { it.name == '" + check + "' }.status", hasItem("UP"));
        }
    }

    /** Waits (bounded) until the endpoint answers 200, as Kubernetes' startup probe does before liveness counts. */
    private static void awaitOk(String path) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (given().when().get(path).statusCode() != 200 && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."))
                .body("info.title", org.hamcrest.Matchers.notNullValue())
                .body("paths.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("components.securitySchemes.SecurityScheme.type", equalTo("openIdConnect"));
    }
}
