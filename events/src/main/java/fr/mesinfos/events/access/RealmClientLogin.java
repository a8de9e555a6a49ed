package fr.mesinfos.events.access;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler;

/**
 * Kafka's own OAuth client login (client credentials at the realm's token endpoint), which also lets the JVM reach
 * the token endpoint this client is configured with. Kafka 4 fetches tokens only from URLs listed in the JVM-wide
 * system property {@value #ALLOWED_URLS} (a guard for hosts that run untrusted client configurations, such as
 * Kafka Connect); our clients' configuration is our own, so the configured endpoint is added to the list here,
 * before the check, instead of on every command line.
 */
public class RealmClientLogin extends OAuthBearerLoginCallbackHandler {
    static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";

    @Override
    public void configure(Map<String, ?> configs, String saslMechanism, List<AppConfigurationEntry> jaasConfigEntries) {
        Object endpoint = configs.get(SaslConfigs.SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL);
        if (endpoint != null) {
            allow(endpoint.toString());
        }
        super.configure(configs, saslMechanism, jaasConfigEntries);
    }

    /** Adds the URL to the JVM's list of OAuth URLs Kafka may fetch (kept as it is when already there). */
    static void allow(String url) {
        synchronized (System.getProperties()) {
            String current = System.getProperty(ALLOWED_URLS, "");
            Set<String> urls = new LinkedHashSet<>(Arrays.stream(current.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
            if (urls.add(url)) {
                System.setProperty(ALLOWED_URLS, String.join(",", urls));
            }
        }
    }
}
