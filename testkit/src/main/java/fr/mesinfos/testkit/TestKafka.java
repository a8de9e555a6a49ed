package fr.mesinfos.testkit;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

import fr.mesinfos.events.access.KafkaClientIdentity;

/**
 * Kafka client settings for tests and tools on the shared test broker: as the operator (plain loopback listener,
 * super user: provisioning, inspecting any topic, playing a partner's traffic) or as one Keycloak client through
 * the secured listener (an app reading its topic, a service account), so the broker's ACLs apply.
 */
public final class TestKafka {
    private TestKafka() {
    }

    /** The operator's connection; a mutable map, for a test to add its own settings. */
    public static Map<String, Object> operator() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().get(KafkaBroker.OPERATOR_BOOTSTRAP));
        return config;
    }

    /** The connection of a dev realm client whose secret is {@code <clientId>-secret} (apps, services, partners). */
    public static Map<String, Object> as(String clientId) {
        return as(clientId, clientId + "-secret");
    }

    /** The connection of a realm client with its secret; a mutable map. */
    public static Map<String, Object> as(String clientId, String secret) {
        return new HashMap<>(KafkaClientIdentity.of(SharedInfrastructure.kafka().get("kafka.bootstrap.servers"),
                SharedInfrastructure.tokenEndpoint(), clientId, secret));
    }
}
