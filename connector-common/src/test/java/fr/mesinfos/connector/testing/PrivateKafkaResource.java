package fr.mesinfos.connector.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import fr.mesinfos.testkit.KafkaBroker;
import fr.mesinfos.testkit.SharedInfrastructure;
import fr.mesinfos.testkit.Workspace;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A secured, provisioned Kafka broker of the test's own, which the test may stop and start again (same ports, same data) to play an outage. */
public class PrivateKafkaResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaBroker broker;
    private static int port;
    private static int controllerPort;
    private static int adminPort;
    private static Path dataDir;

    @Override
    public synchronized Map<String, String> start() {
        dataDir = Workspace.scratch("private-kafka");
        broker = KafkaBroker.startSecured(0, 0, 0, dataDir, SharedInfrastructure.realmUrl());
        port = broker.port();
        controllerPort = broker.controllerPort();
        adminPort = broker.adminPort();
        Map<String, String> config = new HashMap<>(broker.quarkusConfig());
        config.put("mesinfos.ingest.delivery-timeout-ms", "6000");
        return config;
    }

    public static synchronized void stopBroker() {
        broker.close();
    }

    public static synchronized void startBrokerAgain() {
        broker = KafkaBroker.startSecured(port, controllerPort, adminPort, dataDir, SharedInfrastructure.realmUrl());
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
