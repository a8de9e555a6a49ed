package fr.mesinfos.support.kafka;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import io.smallrye.common.annotation.Identifier;

/**
 * The one place a service's hand-made Kafka clients get their connection and identity: the service's {@code kafka.*}
 * configuration (bootstrap servers, SASL OAUTHBEARER as its own service account), the same settings Quarkus gives
 * its own Kafka clients and health check. Features add only what is theirs (group, client id, acks, ...).
 */
@Singleton
public class KafkaClients {
    private final Map<String, Object> connection;

    @Inject
    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        // the map holds every property starting with "kafka" (kafka-streams.* too): keep what Kafka clients know;
        // Quarkus also adds the application name as a default group, but each consumer names its own
        Set<String> known = new HashSet<>(ProducerConfig.configNames());
        known.addAll(ConsumerConfig.configNames());
        known.addAll(AdminClientConfig.configNames());
        Map<String, Object> copy = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (known.contains(key) && !ConsumerConfig.GROUP_ID_CONFIG.equals(key)) {
                copy.put(key, value);
            }
        });
        this.connection = Map.copyOf(copy);
    }

    /** The connection and identity settings, in a new mutable map for one client. */
    public Map<String, Object> config() {
        return new HashMap<>(connection);
    }

    /** A consumer's settings in a group of the service's, named {@code clientId} in the broker. */
    public Map<String, Object> consumer(String group, String clientId) {
        Map<String, Object> config = config();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    /** A producer's (or admin client's) settings, named {@code clientId} in the broker. */
    public Map<String, Object> named(String clientId) {
        Map<String, Object> config = config();
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    public Admin admin(String clientId) {
        return Admin.create(named(clientId));
    }

    public String bootstrapServers() {
        return String.valueOf(connection.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
    }
}
