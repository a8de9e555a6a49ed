package fr.mesinfos.personal;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same operations contract, against the packaged application (target/quarkus-app) started as an operator would. */
@QuarkusIntegrationTest
class OperationsIT extends OperationsTest {
}
