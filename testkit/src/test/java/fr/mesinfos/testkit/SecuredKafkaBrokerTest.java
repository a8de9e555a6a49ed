package fr.mesinfos.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test broker is secured and provisioned as the platform's (events.access.KafkaAccess): a client needs a token
 * of the realm to connect (SASL OAUTHBEARER), then reaches only what an ACL grants its client id. An app reads its
 * own topic and is refused another app's and a partner topic; a connector writes only its partner's topics.
 */
class SecuredKafkaBrokerTest {
    private static final String COACH = "demo-energy-coach";
    private static final String BUDGET = "demo-budget-helper";
    private static final String COACH_TOPIC = "app." + COACH + ".v1";
    private static final String PARTNER_TOPIC = "partner.edf.load-curve.v1";
    private static final String MARKER = "marker-" + UUID.randomUUID();

    @BeforeAll
    static void publish() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(TestKafka.operator(), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(COACH_TOPIC, "person", MARKER)).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(PARTNER_TOPIC, "person", MARKER)).get(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Object> consumer(Map<String, Object> identity, String group) {
        identity.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        identity.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        identity.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return identity;
    }

    private static boolean readsMarker(Map<String, Object> config, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (var record : records) {
                    if (MARKER.equals(record.value())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    @Test
    void anAppReadsItsOwnTopicWithItsTokenInItsOwnGroups() {
        assertTrue(readsMarker(consumer(TestKafka.as(COACH), COACH), COACH_TOPIC));
        assertTrue(readsMarker(consumer(TestKafka.as(COACH), COACH + ".analytics-" + UUID.randomUUID()), COACH_TOPIC));
    }

    @Test
    void anAppIsRefusedAPartnerTopicAnotherAppsTopicAndAnotherAppsGroup() {
        assertThrows(TopicAuthorizationException.class, () -> readsMarker(consumer(TestKafka.as(COACH), COACH), PARTNER_TOPIC));
        assertThrows(TopicAuthorizationException.class, () -> readsMarker(consumer(TestKafka.as(BUDGET), BUDGET), COACH_TOPIC));
        assertThrows(GroupAuthorizationException.class, () -> readsMarker(consumer(TestKafka.as(COACH), BUDGET), COACH_TOPIC));
    }

    @Test
    void anAppCannotWriteEvenItsOwnTopic() {
        // an app holds no write grant at all: refused its producer id (cluster) before any topic is reached
        assertThrows(AuthorizationException.class, () -> send(TestKafka.as(COACH), COACH_TOPIC));
    }

    @Test
    void aConnectorWritesItsPartnersTopicsOnly() throws Exception {
        send(TestKafka.as("connector-edf"), PARTNER_TOPIC);
        assertThrows(TopicAuthorizationException.class, () -> send(TestKafka.as("connector-edf"), "partner.orange.calls.v1"));
        assertThrows(TopicAuthorizationException.class, () -> send(TestKafka.as("connector-edf"), COACH_TOPIC));
    }

    private static void send(Map<String, Object> identity, String topic) throws Exception {
        identity.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(identity, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "person", "written")).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        } catch (KafkaException e) {
            // a refused producer id fails the producer's state first: send() then throws it wrapped, synchronously
            throw e.getCause() instanceof AuthorizationException refused ? refused : e;
        }
    }

    @Test
    void aClientWithoutATokenOrWithAWrongSecretCannotConnect() {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().get("kafka.bootstrap.servers"),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin anonymous = Admin.create(config)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> anonymous.listTopics().names().get(10, TimeUnit.SECONDS));
            assertTrue(refused.getCause() != null);
        }
        RuntimeException wrongSecret = assertThrows(RuntimeException.class,
                () -> readsMarker(consumer(TestKafka.as(COACH, "not-the-secret"), COACH), COACH_TOPIC));
        assertTrue(!(wrongSecret instanceof TopicAuthorizationException), "refused at login, not at the topic: " + wrongSecret);
    }

    @Test
    void theOperatorsListenerAndTheClientsListenerAreDistinct() {
        assertTrue(!SharedInfrastructure.kafka().get(KafkaBroker.OPERATOR_BOOTSTRAP).equals(SharedInfrastructure.kafka().get("kafka.bootstrap.servers")));
    }
}
