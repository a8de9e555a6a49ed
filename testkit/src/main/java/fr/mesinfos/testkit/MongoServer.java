package fr.mesinfos.testkit;

import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB server: the real mongod through Testcontainers where a Docker engine answers, otherwise (as on our
 * machines, where no mongod can be installed) the mongo-java-server wire-protocol server inside this JVM.
 */
public final class MongoServer implements Server {
    private static final Logger LOG = Logger.getLogger(MongoServer.class);
    public static final String IMAGE = "mongo:8.0";

    /** Which kind of server a run used; tests and the local run print it. */
    public enum Kind { TESTCONTAINERS_MONGOD, IN_JVM_WIRE_PROTOCOL }

    private final Kind kind;
    private final String connectionString;
    private final AutoCloseable handle;

    private MongoServer(Kind kind, String connectionString, AutoCloseable handle) {
        this.kind = kind;
        this.connectionString = connectionString;
        this.handle = handle;
    }

    /** -Dmesinfos.mongo=embedded|testcontainers forces a kind; by default Testcontainers is used when Docker answers. */
    public static MongoServer start(int wantedPort) {
        long started = System.nanoTime();
        String forced = Optional.ofNullable(System.getProperty("mesinfos.mongo"))
                .or(() -> Optional.ofNullable(System.getenv("MESINFOS_MONGO"))).orElse("auto");
        boolean docker = switch (forced) {
            case "embedded" -> false;
            case "testcontainers" -> true;
            default -> dockerAnswers();
        };
        MongoServer server;
        if (docker) {
            MongoDBContainer container = new MongoDBContainer(IMAGE);
            container.start();
            server = new MongoServer(Kind.TESTCONTAINERS_MONGOD, container.getConnectionString(), container::stop);
        } else {
            de.bwaldvogel.mongo.MongoServer inJvm = new de.bwaldvogel.mongo.MongoServer(new MemoryBackend());
            inJvm.bind(Loopback.HOST, Loopback.portOr(wantedPort));
            String address = Loopback.HOST + ":" + inJvm.getLocalAddress().getPort();
            server = new MongoServer(Kind.IN_JVM_WIRE_PROTOCOL, "mongodb://" + address, inJvm::shutdownNow);
        }
        LOG.infof("MongoDB ready (%s) in %d ms", server.description(), (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public Kind kind() {
        return kind;
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public String description() {
        return switch (kind) {
            case TESTCONTAINERS_MONGOD -> "real mongod " + IMAGE + " through Testcontainers";
            case IN_JVM_WIRE_PROTOCOL -> "mongo-java-server (in-JVM MongoDB wire protocol, memory backend; no Docker engine here)";
        };
    }

    @Override
    public String url() {
        return connectionString;
    }

    @Override
    public Map<String, String> quarkusConfig() {
        return Map.of("quarkus.mongodb.connection-string", connectionString);
    }

    @Override
    public void close() {
        try {
            handle.close();
        } catch (Exception e) {
            LOG.warnf("MongoDB did not stop cleanly: %s", e.getMessage());
        }
    }
}
