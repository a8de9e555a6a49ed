package fr.mesinfos.connector.testing;

import java.nio.file.Path;
import java.util.Map;

import fr.mesinfos.testkit.KafkaBroker;
import fr.mesinfos.testkit.Workspace;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A Kafka broker of the test's own, which the test may stop and start again (same ports, same data) to play an outage. */
public class PrivateKafkaResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaBroker broker;
    private static int port;
    private static int controllerPort;
    private static Path dataDir;

    @Override
    public synchronized Map<String, String> start() {
        dataDir = Workspace.scratch("private-kafka");
        broker = KafkaBroker.start(0, 0, dataDir);
        port = broker.port();
        controllerPort = broker.controllerPort();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                "mesinfos.ingest.delivery-timeout-ms", "6000");
    }

    public static synchronized void stopBroker() {
        broker.close();
    }

    public static synchronized void startBrokerAgain() {
        broker = KafkaBroker.start(port, controllerPort, dataDir);
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
