package fr.mesinfos.consent.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.events.Topics;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.access.StrimziResources;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The same image with mesinfos.registry.kafka-access=strimzi: registering an app writes its KafkaTopic and KafkaUser
 * to the Kubernetes API (a fake one, {@link FakeKubernetesApi}: no real API server runs here) and nothing to the
 * broker's ACLs; when the Kubernetes API refuses, the registration is a 502 and nothing stays.
 */
@QuarkusTest
@TestProfile(StrimziRegistryTest.Strimzi.class)
class StrimziRegistryTest {
    private static final String CLUSTER = "mesinfos-test";

    /** The registry in strimzi mode against the fake API server. */
    public static class Strimzi implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mesinfos.registry.kafka-access", "strimzi", "mesinfos.registry.strimzi.cluster", CLUSTER,
                    "mesinfos.registry.strimzi.partitions", "6", "mesinfos.registry.strimzi.replicas", "1");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeKubernetesApiResource.class));
        }
    }

    private static String body(String appId) {
        return "{\"appId\":\"" + appId + "\",\"name\":\"Énergie Coach\",\"legalEntity\":\"Coach SAS, 1 rue de la Paix, 75002 Paris\","
                + "\"contactEmail\":\"dpo@coach.example\",\"purposes\":[\"dpv:ServiceProvision\"],\"redirectUris\":[],"
                + "\"deletionPolicy\":\"Deleted within 30 days of withdrawal.\"}";
    }

    private static String register(String appId, int status) {
        return given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).contentType(ContentType.JSON).body(body(appId))
                .when().post("/api/v1/apps").then().statusCode(status).extract().asString();
    }

    @Test
    void aRegisteredAppGetsAKafkaTopicAndAKafkaUserAndNoAclOnTheBroker() throws Exception {
        String appId = "k8s-" + UUID.randomUUID().toString().substring(0, 8);
        register(appId, 201);

        try (NamespacedKubernetesClient client = FakeKubernetesApiResource.client()) {
            GenericKubernetesResource topic = client.genericKubernetesResources(StrimziAppKafkaAccess.KAFKA_TOPICS)
                    .inNamespace(FakeKubernetesApiResource.NAMESPACE).withName(Topics.app(appId)).get();
            assertNotNull(topic);
            assertEquals(CLUSTER, topic.getMetadata().getLabels().get(StrimziResources.CLUSTER_LABEL));
            assertEquals(6, spec(topic).path("partitions").asInt());
            assertEquals(1, spec(topic).path("replicas").asInt());
            GenericKubernetesResource user = client.genericKubernetesResources(StrimziAppKafkaAccess.KAFKA_USERS)
                    .inNamespace(FakeKubernetesApiResource.NAMESPACE).withName(appId).get();
            assertNotNull(user);
            assertEquals(Serialization.jsonMapper().valueToTree(StrimziResources.kafkaUser(CLUSTER, appId, KafkaAccess.app(appId)).get("spec")),
                    spec(user));
        }
        try (Admin admin = Admin.create(TestKafka.operator())) {
            AclBindingFilter appsAcls = new AclBindingFilter(ResourcePatternFilter.ANY,
                    new AccessControlEntryFilter("User:" + appId, null, AclOperation.ANY, AclPermissionType.ANY));
            assertTrue(admin.describeAcls(appsAcls).values().get(10, TimeUnit.SECONDS).isEmpty(), "the Admin API was not used");
            assertTrue(!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(Topics.app(appId)), "the topic is Strimzi's to create");
        }
    }

    @Test
    void whenTheKubernetesApiRefusesTheRegistrationIsA502AndNothingStays() {
        String appId = "k8s-" + UUID.randomUUID().toString().substring(0, 8);
        FakeKubernetesApiResource.failWith(403);
        try {
            given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).contentType(ContentType.JSON).body(body(appId))
                    .when().post("/api/v1/apps")
                    .then().statusCode(502).contentType("application/problem+json").body("type", endsWith("event-broker-unavailable"));
        } finally {
            FakeKubernetesApiResource.failWith(0);
        }
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).when().get("/api/v1/apps/" + appId).then().statusCode(404);
        // the Keycloak client was taken back: the same id registers once the API answers again
        register(appId, 201);
    }

    private static JsonNode spec(GenericKubernetesResource resource) {
        return Serialization.jsonMapper().valueToTree(resource.getAdditionalProperties().get("spec"));
    }
}
