package fr.mesinfos.testkit.quarkus;

import java.util.Map;

import fr.mesinfos.testkit.SharedInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points a Quarkus test at the MongoDB server shared by the test JVM (real mongod where Docker exists). */
public class MongoResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return SharedInfrastructure.mongo();
    }

    @Override
    public void stop() {
        // the server lives as long as the test JVM: stopped by the testkit's shutdown hook
    }
}
