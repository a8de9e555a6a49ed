package fr.mesinfos.consent.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.access.StrimziResources;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * On Kubernetes an app's topic and ACLs are a Strimzi KafkaTopic and KafkaUser in the service's namespace, exactly
 * KafkaAccess's, written idempotently; revoking deletes the user and keeps the topic; a refusing API server is a
 * KafkaAccessException. Against {@link FakeKubernetesApi}, a fake API server: no real one runs on our machines.
 */
class StrimziAppKafkaAccessTest {
    private static final String NAMESPACE = "test";
    private static final String CLUSTER = "mesinfos-test";
    private static final String APP = "coach-app";
    private static final String TOPIC = "app.coach-app.v1";

    private FakeKubernetesApi api;
    private NamespacedKubernetesClient client;
    private StrimziAppKafkaAccess access;

    @BeforeEach
    void start() {
        api = new FakeKubernetesApi();
        client = api.client();
        access = new StrimziAppKafkaAccess(client, NAMESPACE, CLUSTER, 6, 2);
    }

    @AfterEach
    void stop() {
        client.close();
        api.close();
    }

    @Test
    void registeringCreatesTheAppsKafkaTopicAndAKafkaUserWithExactlyItsAcls() {
        access.grant(APP);

        GenericKubernetesResource topic = get(StrimziAppKafkaAccess.KAFKA_TOPICS, TOPIC);
        assertNotNull(topic, "the KafkaTopic is named after the topic");
        assertEquals("kafka.strimzi.io/v1", topic.getApiVersion());
        assertEquals("KafkaTopic", topic.getKind());
        assertEquals(Map.of("strimzi.io/cluster", CLUSTER), topic.getMetadata().getLabels());
        JsonNode topicSpec = spec(topic);
        assertEquals(TOPIC, topicSpec.path("topicName").asText());
        assertEquals(6, topicSpec.path("partitions").asInt());
        assertEquals(2, topicSpec.path("replicas").asInt());

        GenericKubernetesResource user = get(StrimziAppKafkaAccess.KAFKA_USERS, APP);
        assertNotNull(user, "the KafkaUser is named after the app's principal, its client id");
        assertEquals("KafkaUser", user.getKind());
        assertEquals(Map.of("strimzi.io/cluster", CLUSTER), user.getMetadata().getLabels());
        assertEquals(expectedUserSpec(), spec(user), "the ACLs are KafkaAccess.app's, nothing more");
        assertTrue(expectedUserSpec().path("authorization").path("acls").size() > 0);

        List<String> applies = api.applies();
        assertEquals(1, applies.size(), "the KafkaUser is server-side applied: " + applies);
        assertTrue(applies.get(0).startsWith("/apis/kafka.strimzi.io/v1/namespaces/test/kafkausers/coach-app?"), applies.get(0));
        assertTrue(applies.get(0).contains("fieldManager=consent-service") && applies.get(0).contains("force=true"), applies.get(0));
    }

    @Test
    void registeringTwiceEndsInTheSameState() {
        access.grant(APP);
        GenericKubernetesResource topic = get(StrimziAppKafkaAccess.KAFKA_TOPICS, TOPIC);

        access.grant(APP);

        assertEquals(1, client.genericKubernetesResources(StrimziAppKafkaAccess.KAFKA_TOPICS).inNamespace(NAMESPACE).list().getItems().size());
        assertEquals(1, client.genericKubernetesResources(StrimziAppKafkaAccess.KAFKA_USERS).inNamespace(NAMESPACE).list().getItems().size());
        assertEquals(topic.getMetadata().getResourceVersion(), get(StrimziAppKafkaAccess.KAFKA_TOPICS, TOPIC).getMetadata().getResourceVersion(),
                "the existing KafkaTopic is not written again");
        assertEquals(expectedUserSpec(), spec(get(StrimziAppKafkaAccess.KAFKA_USERS, APP)));
    }

    @Test
    void anExistingKafkaTopicIsKeptAsItIsAndAnAlteredUserIsPutBack() {
        // an operator raised the topic's partitions; someone widened the app's ACLs by hand
        client.genericKubernetesResources(StrimziAppKafkaAccess.KAFKA_TOPICS).inNamespace(NAMESPACE)
                .resource(resource(StrimziResources.kafkaTopic(CLUSTER, KafkaAccess.appTopic(APP), 24, 2))).create();
        access.grant(APP);
        GenericKubernetesResource user = get(StrimziAppKafkaAccess.KAFKA_USERS, APP);
        List<Object> acls = new ArrayList<>();
        expectedUserSpec().path("authorization").path("acls").forEach(acls::add);
        acls.add(Map.of("resource", Map.of("type", "topic", "name", "partner.", "patternType", "prefix"),
                "operations", List.of("Read"), "host", "*", "type", "allow"));
        user.setAdditionalProperty("spec", Map.of("authorization", Map.of("type", "simple", "acls", acls)));
        client.genericKubernetesResources(StrimziAppKafkaAccess.KAFKA_USERS).inNamespace(NAMESPACE).resource(user).update();

        access.grant(APP);

        assertEquals(24, spec(get(StrimziAppKafkaAccess.KAFKA_TOPICS, TOPIC)).path("partitions").asInt());
        assertEquals(expectedUserSpec(), spec(get(StrimziAppKafkaAccess.KAFKA_USERS, APP)));
    }

    @Test
    void revokingDeletesTheKafkaUserAndKeepsTheTopic() {
        access.grant(APP);

        access.revoke(APP);

        assertNull(get(StrimziAppKafkaAccess.KAFKA_USERS, APP));
        assertNotNull(get(StrimziAppKafkaAccess.KAFKA_TOPICS, TOPIC));
        access.revoke(APP); // already gone: fine
        access.revoke("never-registered");
    }

    @Test
    void anApiServerThatRefusesOrDoesNotAnswerIsAKafkaAccessException() {
        api.failWith(403);
        AppKafkaAccess.KafkaAccessException granting = assertThrows(AppKafkaAccess.KafkaAccessException.class, () -> access.grant(APP));
        assertEquals(403, assertInstanceOf(KubernetesClientException.class, granting.getCause()).getCode());
        AppKafkaAccess.KafkaAccessException revoking = assertThrows(AppKafkaAccess.KafkaAccessException.class, () -> access.revoke(APP));
        assertEquals(403, assertInstanceOf(KubernetesClientException.class, revoking.getCause()).getCode());

        api.failWith(422);
        assertThrows(AppKafkaAccess.KafkaAccessException.class, () -> access.grant(APP));

        api.failWith(0);
        api.close();
        AppKafkaAccess.KafkaAccessException unreachable = assertThrows(AppKafkaAccess.KafkaAccessException.class, () -> access.grant(APP));
        assertInstanceOf(KubernetesClientException.class, unreachable.getCause());
    }

    private GenericKubernetesResource get(ResourceDefinitionContext kind, String name) {
        return client.genericKubernetesResources(kind).inNamespace(NAMESPACE).withName(name).get();
    }

    private static JsonNode spec(GenericKubernetesResource resource) {
        return Serialization.jsonMapper().valueToTree(resource.getAdditionalProperties().get("spec"));
    }

    private static JsonNode expectedUserSpec() {
        return Serialization.jsonMapper().valueToTree(StrimziResources.kafkaUser(CLUSTER, APP, KafkaAccess.app(APP)).get("spec"));
    }

    private GenericKubernetesResource resource(Map<String, Object> manifest) {
        return client.getKubernetesSerialization().convertValue(manifest, GenericKubernetesResource.class);
    }
}
