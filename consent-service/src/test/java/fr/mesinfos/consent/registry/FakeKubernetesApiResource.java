package fr.mesinfos.consent.registry;

import java.util.LinkedHashMap;
import java.util.Map;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a {@link FakeKubernetesApi} for a Quarkus test and points the service's Kubernetes client at it, namespace
 * "test". fabric8 reads these settings as system properties when it builds the client (as Quarkus' own
 * kubernetes-client test resource does); they are removed when the test's application stops.
 */
public class FakeKubernetesApiResource implements QuarkusTestResourceLifecycleManager {
    static final String NAMESPACE = "test";
    private static volatile FakeKubernetesApi api;
    private final Map<String, String> properties = new LinkedHashMap<>();

    @Override
    public Map<String, String> start() {
        api = new FakeKubernetesApi();
        properties.put(Config.KUBERNETES_MASTER_SYSTEM_PROPERTY, api.url());
        properties.put(Config.KUBERNETES_NAMESPACE_SYSTEM_PROPERTY, NAMESPACE);
        properties.put(Config.KUBERNETES_AUTH_TRYKUBECONFIG_SYSTEM_PROPERTY, "false");
        properties.put(Config.KUBERNETES_AUTH_TRYSERVICEACCOUNT_SYSTEM_PROPERTY, "false");
        properties.put(Config.KUBERNETES_HTTP2_DISABLE, "true");
        properties.put(Config.KUBERNETES_REQUEST_RETRY_BACKOFFLIMIT_SYSTEM_PROPERTY, "0");
        properties.forEach(System::setProperty);
        return Map.copyOf(properties);
    }

    @Override
    public void stop() {
        properties.keySet().forEach(System::clearProperty);
        if (api != null) {
            api.close();
            api = null;
        }
    }

    /** A client of the fake server, to look at what the service wrote. */
    static NamespacedKubernetesClient client() {
        return api.client();
    }

    /** From now on the fake server refuses every request with this status (0: answers again). */
    static void failWith(int status) {
        api.failWith(status);
    }
}
