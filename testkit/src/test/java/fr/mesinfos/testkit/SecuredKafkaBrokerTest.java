package fr.mesinfos.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A secured broker: a client needs a token of the realm to connect (SASL OAUTHBEARER), and then reaches only what
 * an ACL grants its client id; an app reads its own topic and is refused another app's and a partner topic.
 */
class SecuredKafkaBrokerTest {
    private static final String COACH = "demo-energy-coach";
    private static final String BUDGET = "demo-budget-helper";
    private static final String COACH_TOPIC = "app." + COACH + ".v1";
    private static final String PARTNER_TOPIC = "partner.edf.load-curve.v1";
    private static KafkaBroker broker;
    private static String realmUrl;

    @BeforeAll
    static void start() throws Exception {
        String tokenEndpoint = SharedInfrastructure.tokenEndpoint();
        realmUrl = tokenEndpoint.substring(0, tokenEndpoint.indexOf("/protocol/"));
        // clients fetch tokens only from URLs listed here (Kafka 4)
        System.setProperty("org.apache.kafka.sasl.oauthbearer.allowed.urls", realmUrl + "/protocol/openid-connect/token");
        broker = KafkaBroker.startSecured(Workspace.scratch("kafka-secured"), realmUrl);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.adminBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(COACH_TOPIC, Optional.of(1), Optional.empty()),
                    new NewTopic(PARTNER_TOPIC, Optional.of(1), Optional.empty()))).all().get(30, TimeUnit.SECONDS);
            String coach = "User:" + COACH;
            admin.createAcls(List.of(
                    new AclBinding(new ResourcePattern(ResourceType.TOPIC, COACH_TOPIC, PatternType.LITERAL),
                            new AccessControlEntry(coach, "*", AclOperation.READ, AclPermissionType.ALLOW)),
                    new AclBinding(new ResourcePattern(ResourceType.TOPIC, COACH_TOPIC, PatternType.LITERAL),
                            new AccessControlEntry(coach, "*", AclOperation.DESCRIBE, AclPermissionType.ALLOW)),
                    new AclBinding(new ResourcePattern(ResourceType.GROUP, COACH + "-", PatternType.PREFIXED),
                            new AccessControlEntry(coach, "*", AclOperation.READ, AclPermissionType.ALLOW))))
                    .all().get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.adminBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(COACH_TOPIC, "person", "for the coach")).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(PARTNER_TOPIC, "person", "partner data")).get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    private static Map<String, Object> client(String clientId, String secret, String group) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "OAUTHBEARER");
        config.put("sasl.login.callback.handler.class", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler");
        config.put("sasl.oauthbearer.token.endpoint.url", realmUrl + "/protocol/openid-connect/token");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId=\""
                + clientId + "\" clientSecret=\"" + secret + "\" ;");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    private static ConsumerRecords<String, String> read(Map<String, Object> config, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(500));
            }
            return records;
        }
    }

    @Test
    void anAppReadsItsOwnTopicWithItsToken() {
        ConsumerRecords<String, String> records = read(client(COACH, COACH + "-secret", COACH + "-" + UUID.randomUUID()), COACH_TOPIC);
        assertEquals(1, records.count());
        assertEquals("for the coach", records.iterator().next().value());
    }

    @Test
    void anAppIsRefusedAPartnerTopicAndAnotherAppsTopic() {
        assertThrows(TopicAuthorizationException.class,
                () -> read(client(COACH, COACH + "-secret", COACH + "-" + UUID.randomUUID()), PARTNER_TOPIC));
        assertThrows(TopicAuthorizationException.class,
                () -> read(client(BUDGET, BUDGET + "-secret", BUDGET + "-" + UUID.randomUUID()), COACH_TOPIC));
    }

    @Test
    void aClientWithoutATokenCannotConnect() {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin anonymous = Admin.create(config)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> anonymous.listTopics().names().get(10, TimeUnit.SECONDS));
            assertTrue(refused.getCause() != null);
        }
        Map<String, Object> wrongSecret = client(COACH, "not-the-secret", COACH + "-x");
        assertThrows(RuntimeException.class, () -> read(wrongSecret, COACH_TOPIC));
    }
}
