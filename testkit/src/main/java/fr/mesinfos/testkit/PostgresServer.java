package fr.mesinfos.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server (embedded binaries from Maven Central, which also run as root) on loopback. */
public final class PostgresServer implements Server {
    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** Starts PostgreSQL with its data in dataDir; with keepData an existing cluster there is reused. */
    public static PostgresServer start(int wantedPort, Path dataDir, boolean keepData) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(Loopback.portOr(wantedPort))
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("listen_addresses", Loopback.HOST)
                    .setServerConfig("max_connections", "200")
                    .start();
            LOG.infof("PostgreSQL ready on 127.0.0.1:%d in %d ms", postgres.getPort(), (System.nanoTime() - started) / 1_000_000);
            return new PostgresServer(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDir, e);
        }
    }

    /** Creates the database if it does not exist yet (one per service). */
    public void ensureDatabase(String name) {
        PostgresAdmin.ensureDatabase("jdbc:postgresql://" + Loopback.HOST + ":" + port() + "/", name);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + Loopback.HOST + ":" + port() + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + Loopback.HOST + ":" + port() + "/" + database;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String description() {
        return "PostgreSQL (embedded binaries, data in " + dataDir + ")";
    }

    @Override
    public String url() {
        return "postgresql://" + Loopback.HOST + ":" + port() + " (user " + USER + ", no password on loopback)";
    }

    @Override
    public Map<String, String> quarkusConfig() {
        return Map.of("quarkus.datasource.username", USER, "quarkus.datasource.password", "");
    }

    /** Configuration for one service's own database. */
    public Map<String, String> quarkusConfig(String database) {
        ensureDatabase(database);
        return Map.of("quarkus.datasource.reactive.url", reactiveUrl(database),
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warnf("PostgreSQL did not stop cleanly: %s", e.getMessage());
        }
    }
}
