package fr.mesinfos.events.access;

import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler;
import org.apache.kafka.common.security.oauthbearer.internals.OAuthBearerSaslClientProvider;

/**
 * Kafka's own OAuth client login (client credentials at the realm's token endpoint), which also lets the JVM reach
 * the token endpoint this client is configured with. Kafka 4 fetches tokens only from URLs listed in the JVM-wide
 * system property {@value #ALLOWED_URLS} (a guard for hosts that run untrusted client configurations, such as
 * Kafka Connect); our clients' configuration is our own, so the configured endpoint is added to the list here,
 * before the check, instead of on every command line.
 */
public class RealmClientLogin extends OAuthBearerLoginCallbackHandler {
    static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";
    private static final String SASL_CLIENT_PROVIDER = "SASL/OAUTHBEARER Client Provider";

    @Override
    public void configure(Map<String, ?> configs, String saslMechanism, List<AppConfigurationEntry> jaasConfigEntries) {
        Object endpoint = configs.get(SaslConfigs.SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL);
        if (endpoint != null) {
            allow(endpoint.toString());
        }
        useThisClassLoadersSaslClient();
        super.configure(configs, saslMechanism, jaasConfigEntries);
    }

    /**
     * Kafka registers its OAUTHBEARER SASL client JVM-wide (java.security.Security) once; when a second application
     * runs in the same JVM with its own copy of kafka-clients (Quarkus tests and dev mode restart the application in
     * a new class loader), the first copy's registration stays and refuses the second copy's callback handler. The
     * stale registration is replaced by this class loader's.
     */
    static void useThisClassLoadersSaslClient() {
        synchronized (Security.class) {
            Provider registered = Security.getProvider(SASL_CLIENT_PROVIDER);
            if (registered != null && registered.getClass().getClassLoader() != OAuthBearerSaslClientProvider.class.getClassLoader()) {
                Security.removeProvider(SASL_CLIENT_PROVIDER);
            }
            OAuthBearerSaslClientProvider.initialize();
        }
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
