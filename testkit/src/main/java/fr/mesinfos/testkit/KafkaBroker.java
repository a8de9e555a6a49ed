package fr.mesinfos.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;

/** A real Apache Kafka broker in KRaft mode (combined broker and controller), run as a child JVM on loopback. */
public final class KafkaBroker implements Server {
    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    static final String READY_LINE = "Kafka Server started";

    private final int port;
    private final int controllerPort;
    private final int adminPort;
    private final Path dataDir;
    private final ChildProcess process;
    private final String realmUrl;

    private KafkaBroker(int port, int controllerPort, int adminPort, Path dataDir, ChildProcess process, String realmUrl) {
        this.port = port;
        this.realmUrl = realmUrl;
        this.adminPort = adminPort;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.process = process;
    }

    /**
     * Starts a broker on the given ports (0 = any free port) with its log under dataDir; the storage is formatted
     * only when it is new, so a second local run keeps its topics. The controller's address is recorded in the
     * KRaft metadata: a kept dataDir must be restarted with the same controller port.
     */
    public static KafkaBroker start(int wantedPort, int wantedControllerPort, Path dataDir) {
        return start(wantedPort, wantedControllerPort, dataDir, null);
    }

    /**
     * Starts a broker whose client listener accepts only clients holding a token of the realm (SASL OAUTHBEARER,
     * validated against the realm's keys, principal = the token's client id {@code azp}) and authorises them with
     * ACLs (StandardAuthorizer, deny when no ACL matches). A second, plain listener on loopback serves the broker
     * itself and the operator's admin client ({@link #adminBootstrapServers()}): its principal is a super user.
     */
    public static KafkaBroker startSecured(Path dataDir, String realmUrl) {
        return startSecured(0, 0, 0, dataDir, realmUrl);
    }

    /** A secured broker on the given ports (0 = any free port): clients, controller, operator's plain listener. */
    public static KafkaBroker startSecured(int wantedPort, int wantedControllerPort, int wantedAdminPort, Path dataDir, String realmUrl) {
        return start(wantedPort, wantedControllerPort, wantedAdminPort, dataDir, realmUrl);
    }

    private static KafkaBroker start(int wantedPort, int wantedControllerPort, Path dataDir, String realmUrl) {
        return start(wantedPort, wantedControllerPort, 0, dataDir, realmUrl);
    }

    private static KafkaBroker start(int wantedPort, int wantedControllerPort, int wantedAdminPort, Path dataDir, String realmUrl) {
        long started = System.nanoTime();
        int port = Loopback.portOr(wantedPort);
        int controllerPort = Loopback.portOr(wantedControllerPort);
        int adminPort = realmUrl == null ? 0 : Loopback.portOr(wantedAdminPort);
        try {
            Files.createDirectories(dataDir);
            Path logDirs = dataDir.resolve("kraft-logs");
            Path config = dataDir.resolve("server.properties");
            Files.writeString(config, realmUrl == null ? serverProperties(port, controllerPort, logDirs)
                    : securedProperties(port, controllerPort, adminPort, logDirs, realmUrl));
            Path log4j = dataDir.resolve("log4j2.properties");
            Files.writeString(log4j, LOG4J2);
            String classpath = Workspace.buildResource("kafka-broker.classpath");
            List<String> jvm = jvm(classpath, log4j);
            if (realmUrl != null) {
                // Kafka 4 fetches only the OAuth URLs listed here (token and keys of the realm)
                jvm.add(1, "-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=" + realmUrl + "/protocol/openid-connect/certs,"
                        + realmUrl + "/protocol/openid-connect/token");
            }
            if (!Files.exists(logDirs.resolve("meta.properties"))) {
                List<String> format = new ArrayList<>(jvm);
                format.addAll(List.of("kafka.tools.StorageTool", "format", "--config", config.toString(),
                        "--cluster-id", randomClusterId(), "--standalone"));
                ChildProcess.runToCompletion("kafka storage format", format, dataDir, dataDir.resolve("format.log"), Duration.ofSeconds(60));
            }
            List<String> run = new ArrayList<>(jvm);
            run.addAll(List.of("kafka.Kafka", config.toString()));
            ChildProcess child = ChildProcess.start("kafka", run, dataDir, Map.of(), dataDir.resolve("kafka.log"));
            child.awaitReady(() -> child.logContains(READY_LINE) && Loopback.isListening(port), Duration.ofSeconds(90));
            LOG.infof("Kafka broker ready on 127.0.0.1:%d in %d ms (pid %d)", port, (System.nanoTime() - started) / 1_000_000, child.pid());
            KafkaBroker broker = new KafkaBroker(port, controllerPort, realmUrl == null ? port : adminPort, dataDir, child, realmUrl);
            if (realmUrl != null) {
                KafkaProvisioning.apply(broker.adminBootstrapServers());
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka in " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return Loopback.HOST + ":" + port;
    }

    /** The operator's listener (a secured broker's plain loopback listener, super user); the same as clients' otherwise. */
    public String adminBootstrapServers() {
        return Loopback.HOST + ":" + adminPort;
    }

    public int port() {
        return port;
    }

    /** The KRaft controller's port: a kept data dir must be restarted with the same one. */
    public int controllerPort() {
        return controllerPort;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String description() {
        return "Apache Kafka " + kafkaVersion() + " (KRaft, child JVM, data in " + dataDir + ")"
                + (secured() ? ", SASL OAUTHBEARER + ACLs; operator listener " + adminBootstrapServers() : "");
    }

    @Override
    public String url() {
        return bootstrapServers();
    }

    /** The port of the operator's plain loopback listener (the client port on a plain broker). */
    public int adminPort() {
        return adminPort;
    }

    /** True when clients must authenticate with a realm token and are authorised by ACLs. */
    public boolean secured() {
        return realmUrl != null;
    }

    /**
     * The services' Kafka address; on a secured broker they authenticate as their own service account (their
     * {@code kafka.sasl.*} settings, service-support), with tokens of the realm the services are configured with.
     * The operator's listener is recorded too, for tests and tools acting as the operator.
     */
    @Override
    public Map<String, String> quarkusConfig() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers(), OPERATOR_BOOTSTRAP, adminBootstrapServers());
    }

    /** The configuration key of the operator's listener (see {@link #adminBootstrapServers()}). */
    public static final String OPERATOR_BOOTSTRAP = "mesinfos.kafka.operator-bootstrap-servers";

    @Override
    public void close() {
        process.stop();
    }

    private static List<String> jvm(String classpath, Path log4j) {
        return new ArrayList<>(List.of(Jdks.java().toString(), "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + log4j.toUri(), "-cp", classpath));
    }

    private static String serverProperties(int port, int controllerPort, Path logDirs) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "log.dirs=" + logDirs,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "") ;
    }

    private static String securedProperties(int port, int controllerPort, int adminPort, Path logDirs, String realmUrl) {
        String plain = serverProperties(port, controllerPort, logDirs);
        return plain
                .replace("listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                        "listeners=CLIENTS://127.0.0.1:" + port + ",INTERNAL://127.0.0.1:" + adminPort + ",CONTROLLER://127.0.0.1:" + controllerPort)
                .replace("advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                        "advertised.listeners=CLIENTS://127.0.0.1:" + port + ",INTERNAL://127.0.0.1:" + adminPort)
                .replace("inter.broker.listener.name=PLAINTEXT", "inter.broker.listener.name=INTERNAL")
                .replace("listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "listener.security.protocol.map=CLIENTS:SASL_PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT")
                .replace("auto.create.topics.enable=true", "auto.create.topics.enable=false")
                + String.join("\n",
                "listener.name.clients.sasl.enabled.mechanisms=OAUTHBEARER",
                "listener.name.clients.oauthbearer.sasl.server.callback.handler.class="
                        + "org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler",
                "listener.name.clients.oauthbearer.sasl.jaas.config="
                        + "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ;",
                "sasl.oauthbearer.jwks.endpoint.url=" + realmUrl + "/protocol/openid-connect/certs",
                "sasl.oauthbearer.expected.issuer=" + realmUrl,
                "sasl.oauthbearer.sub.claim.name=azp",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:ANONYMOUS",
                "");
    }

    /** 16 random bytes in URL-safe base64, as Kafka's own ids; never starting with '-', which a CLI reads as an option. */
    static String randomClusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer buffer = ByteBuffer.allocate(16);
            buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private static String kafkaVersion() {
        String classpath = Workspace.buildResource("kafka-broker.classpath");
        for (String jar : classpath.split(java.io.File.pathSeparator)) {
            String file = Path.of(jar).getFileName().toString();
            if (file.startsWith("kafka_2.13-")) {
                return file.substring("kafka_2.13-".length(), file.length() - ".jar".length());
            }
        }
        return "(unknown version)";
    }

    private static final String LOG4J2 = String.join("\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = STDOUT",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRef.out.ref = STDOUT",
            "logger.kafka.name = kafka",
            "logger.kafka.level = INFO",
            "logger.apache.name = org.apache.kafka",
            "logger.apache.level = WARN",
            "");
}
