package fr.mesinfos.testkit.quarkus;

import java.util.Map;

import fr.mesinfos.testkit.SharedInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points a Quarkus test at its own database on the real PostgreSQL server shared by the test JVM. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    /** Init argument naming the service's database. */
    public static final String DATABASE = "database";
    private String database = "mesinfos";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, database);
    }

    @Override
    public Map<String, String> start() {
        return SharedInfrastructure.postgres(database);
    }

    @Override
    public void stop() {
        // the server lives as long as the test JVM: stopped by the testkit's shutdown hook
    }
}
