package fr.mesinfos.testkit.quarkus;

import java.util.Map;

import fr.mesinfos.testkit.SharedInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points a Quarkus test at the real Kafka broker shared by the test JVM. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return SharedInfrastructure.kafka();
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM: stopped by the testkit's shutdown hook
    }
}
