package fr.mesinfos.consent.registry;

import java.net.HttpURLConnection;
import java.util.Map;

import fr.mesinfos.events.Topics;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.access.StrimziResources;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * {@link AppKafkaAccess} on Kubernetes (mesinfos.registry.kafka-access=strimzi): the app's topic is a KafkaTopic and its
 * ACLs a KafkaUser (events.access.StrimziResources) in this service's namespace, which Strimzi's entity operator turns
 * into the topic and ACLs; Strimzi's User Operator deletes ACLs no KafkaUser declares, so the Admin API cannot be used.
 */
final class StrimziAppKafkaAccess implements AppKafkaAccess {
    /** The field manager of the KafkaUsers this service applies (server-side apply). */
    static final String FIELD_MANAGER = "consent-service";
    static final ResourceDefinitionContext KAFKA_TOPICS = strimzi("KafkaTopic", "kafkatopics");
    static final ResourceDefinitionContext KAFKA_USERS = strimzi("KafkaUser", "kafkausers");

    private final KubernetesClient client;
    private final String namespace;
    private final String cluster;
    private final int partitions;
    private final int replicas;

    StrimziAppKafkaAccess(KubernetesClient client, String namespace, String cluster, int partitions, int replicas) {
        this.client = client;
        this.namespace = namespace;
        this.cluster = cluster;
        this.partitions = partitions;
        this.replicas = replicas;
    }

    /**
     * Creates the app's KafkaTopic, kept as it is if it exists (an operator may have raised its partitions), then applies
     * its KafkaUser (server-side apply, this service owning every field it sets: the ACLs end exactly as KafkaAccess.app).
     * The topic and ACLs exist on the broker once Strimzi has reconciled them, usually within seconds.
     */
    @Override
    public void grant(String appId) {
        GenericKubernetesResource topic = resource(StrimziResources.kafkaTopic(cluster, KafkaAccess.appTopic(appId), partitions, replicas));
        GenericKubernetesResource user = resource(StrimziResources.kafkaUser(cluster, appId, KafkaAccess.app(appId)));
        call(() -> {
            try {
                in(KAFKA_TOPICS).resource(topic).create();
            } catch (KubernetesClientException e) {
                if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                    throw e;
                }
            }
            in(KAFKA_USERS).resource(user).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
        });
    }

    /** Deletes the app's KafkaUser (Strimzi then removes its ACLs); one already gone is fine. The KafkaTopic stays. */
    @Override
    public void revoke(String appId) {
        String name = Topics.requireAppId(appId);
        call(() -> in(KAFKA_USERS).withName(name).delete());
    }

    private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> in(
            ResourceDefinitionContext kind) {
        return client.genericKubernetesResources(kind).inNamespace(namespace);
    }

    private GenericKubernetesResource resource(Map<String, Object> manifest) {
        return client.getKubernetesSerialization().convertValue(manifest, GenericKubernetesResource.class);
    }

    private static void call(Runnable work) {
        try {
            work.run();
        } catch (KubernetesClientException e) {
            throw new KafkaAccessException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static ResourceDefinitionContext strimzi(String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup("kafka.strimzi.io").withVersion("v1").withKind(kind)
                .withPlural(plural).withNamespaced(true).build();
    }
}
