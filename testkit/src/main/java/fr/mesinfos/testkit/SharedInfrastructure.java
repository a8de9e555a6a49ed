package fr.mesinfos.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * Starts each server at most once per JVM for the tests, whatever class loader asks (Quarkus may load test
 * resources in several): what was started is recorded as plain strings in the JVM's system properties, and a
 * shutdown hook stops it when the test JVM ends.
 */
public final class SharedInfrastructure {
    private static final Logger LOG = Logger.getLogger(SharedInfrastructure.class);
    private static final String PREFIX = "mesinfos.testkit.";
    private static final String ENTRY = "\u001e";
    private static final String PAIR = "\u001f";

    private SharedInfrastructure() {
    }

    /**
     * The secured broker (SASL OAUTHBEARER against the test realm, ACLs), provisioned with the platform's topics and
     * ACLs; its config holds the services' address and the operator's ({@link KafkaBroker#OPERATOR_BOOTSTRAP}).
     */
    public static Map<String, String> kafka() {
        return once("kafka", () -> KafkaBroker.startSecured(Workspace.scratch("kafka"), realmUrl()));
    }

    /** The test realm's URL (issuer), e.g. {@code http://127.0.0.1:PORT/realms/mesinfos}. */
    public static String realmUrl() {
        String tokenEndpoint = tokenEndpoint();
        return tokenEndpoint.substring(0, tokenEndpoint.indexOf("/protocol/"));
    }

    public static Map<String, String> keycloak() {
        return once("keycloak", () -> KeycloakServer.start(0, "test", false));
    }

    public static Map<String, String> postgres() {
        return once("postgresql", () -> PostgresServer.start(0, Workspace.scratch("postgres"), false));
    }

    public static Map<String, String> mongo() {
        return once("mongodb", () -> MongoServer.start(0));
    }

    /** Configuration for one service's own database on the shared PostgreSQL server (created if missing). */
    public static Map<String, String> postgres(String database) {
        Map<String, String> server = postgres();
        String url = server.get("mesinfos.postgres.jdbc-base");
        PostgresAdmin.ensureDatabase(url, database);
        Map<String, String> config = new LinkedHashMap<>(server);
        config.put("quarkus.datasource.reactive.url", server.get("mesinfos.postgres.reactive-base") + database);
        config.put("quarkus.datasource.jdbc.url", url + database);
        return config;
    }

    private static Map<String, String> once(String name, Supplier<Server> starter) {
        synchronized (System.getProperties()) {
            String recorded = System.getProperty(PREFIX + name);
            if (recorded != null) {
                return decode(recorded);
            }
            Server server = starter.get();
            Map<String, String> config = new LinkedHashMap<>(server.quarkusConfig());
            config.put("mesinfos." + name + ".description", server.description());
            if (server instanceof PostgresServer postgres) {
                config.put("mesinfos.postgres.jdbc-base", "jdbc:postgresql://" + Loopback.HOST + ":" + postgres.port() + "/");
                config.put("mesinfos.postgres.reactive-base", "postgresql://" + Loopback.HOST + ":" + postgres.port() + "/");
            }
            if (server instanceof KeycloakServer keycloak) {
                config.put("mesinfos.keycloak.token-endpoint", keycloak.tokenEndpoint());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-" + name));
            System.setProperty(PREFIX + name, encode(config));
            LOG.infof("Test infrastructure: %s = %s", name, server.description());
            return config;
        }
    }

    /** The token endpoint of the test Keycloak (started if needed). */
    public static String tokenEndpoint() {
        return keycloak().get("mesinfos.keycloak.token-endpoint");
    }

    private static String encode(Map<String, String> config) {
        StringBuilder out = new StringBuilder();
        config.forEach((k, v) -> out.append(k).append(PAIR).append(v).append(ENTRY));
        return out.toString();
    }

    private static Map<String, String> decode(String text) {
        Map<String, String> config = new LinkedHashMap<>();
        for (String entry : text.split(ENTRY)) {
            if (!entry.isEmpty()) {
                String[] kv = entry.split(PAIR, 2);
                config.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return config;
    }
}
