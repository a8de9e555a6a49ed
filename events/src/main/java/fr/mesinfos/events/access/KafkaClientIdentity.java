package fr.mesinfos.events.access;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The settings that make a Kafka client authenticate as one Keycloak client (SASL OAUTHBEARER, client credentials),
 * for code that builds its clients outside a service (tests, benchmarks, tools). Services take the same settings
 * from their {@code kafka.*} configuration (service-support).
 */
public final class KafkaClientIdentity {
    private KafkaClientIdentity() {
    }

    /** Bootstrap servers and SASL settings for {@code clientId} with its secret, tokens from the realm's token endpoint. */
    public static Map<String, Object> of(String bootstrapServers, String tokenEndpoint, String clientId, String secret) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "OAUTHBEARER");
        config.put(SaslConfigs.SASL_LOGIN_CALLBACK_HANDLER_CLASS, RealmClientLogin.class.getName());
        config.put(SaslConfigs.SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL, tokenEndpoint);
        config.put(SaslConfigs.SASL_OAUTHBEARER_CLIENT_CREDENTIALS_CLIENT_ID, clientId);
        config.put(SaslConfigs.SASL_OAUTHBEARER_CLIENT_CREDENTIALS_CLIENT_SECRET, secret);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ;");
        // the realm's tokens live 5 minutes: renew 1 minute before the end (Kafka's default margin of 5 minutes cannot fit)
        config.put(SaslConfigs.SASL_LOGIN_REFRESH_BUFFER_SECONDS, (short) 60);
        return config;
    }
}
