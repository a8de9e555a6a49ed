package fr.mesinfos.consent.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.mesinfos.support.kafka.KafkaClients;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Chooses at startup, from {@code mesinfos.registry.kafka-access}, how registered apps get their topic and ACLs, so one
 * image runs both ways; only the chosen one is built (no Kubernetes client in admin-api mode, no admin client in strimzi).
 */
@ApplicationScoped
class AppKafkaAccessProducer {
    private static final Logger LOG = Logger.getLogger(AppKafkaAccessProducer.class);

    /** admin-api: Kafka's Admin API (tests, local run); strimzi: KafkaTopic and KafkaUser resources (Kubernetes). */
    enum Mode {
        ADMIN_API, STRIMZI
    }

    @ConfigProperty(name = "mesinfos.registry.kafka-access", defaultValue = "admin-api")
    Mode mode;

    @ConfigProperty(name = "mesinfos.registry.strimzi.cluster", defaultValue = "mesinfos")
    String cluster;

    @ConfigProperty(name = "mesinfos.registry.strimzi.partitions", defaultValue = "12")
    int partitions;

    @ConfigProperty(name = "mesinfos.registry.strimzi.replicas", defaultValue = "3")
    int replicas;

    @Inject
    Instance<KafkaClients> kafkaClients;

    @Inject
    Instance<KubernetesClient> kubernetes;

    @Produces
    @ApplicationScoped
    AppKafkaAccess appKafkaAccess() {
        return switch (mode) {
            case ADMIN_API -> new AdminApiAppKafkaAccess(kafkaClients.get());
            case STRIMZI -> {
                KubernetesClient client = kubernetes.get();
                String namespace = client.getNamespace();
                if (namespace == null || namespace.isBlank()) {
                    throw new IllegalStateException("mesinfos.registry.kafka-access=strimzi needs a namespace: the pod's, "
                            + "or quarkus.kubernetes-client.namespace");
                }
                LOG.infof("app registry: apps get a KafkaTopic and a KafkaUser of Strimzi cluster %s in namespace %s", cluster, namespace);
                yield new StrimziAppKafkaAccess(client, namespace, cluster, partitions, replicas);
            }
        };
    }

    void close(@Disposes AppKafkaAccess access) {
        access.close();
    }
}
