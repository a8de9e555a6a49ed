package fr.mesinfos.events.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.acl.AclOperation;
import org.junit.jupiter.api.Test;

import fr.mesinfos.events.Topics;

/** The Strimzi resources grant exactly KafkaAccess's ACLs, spelled as Strimzi's v1 API wants them. */
class StrimziResourcesTest {

    @Test
    void aConnectorUserWritesOnlyItsPartnersTopicsAndReadsErasures() {
        Map<String, Object> user = StrimziResources.kafkaUser("mesinfos", "connector-edf", KafkaAccess.services().get("connector-edf"));
        assertEquals("kafka.strimzi.io/v1", user.get("apiVersion"));
        assertEquals("KafkaUser", user.get("kind"));
        assertEquals(Map.of("name", "connector-edf", "labels", Map.of("strimzi.io/cluster", "mesinfos")), user.get("metadata"));
        assertEquals(List.of(
                acl(Map.of("type", "topic", "name", "partner.edf.", "patternType", "prefix"), "Write"),
                acl(Map.of("type", "topic", "name", Topics.VAULT_ERASURE, "patternType", "literal"), "Read"),
                acl(Map.of("type", "group", "name", "connector-edf", "patternType", "prefix"), "Read")), acls(user));
    }

    @Test
    void operationsOnOnePatternAreOneRuleAndTheClusterHasNoName() {
        List<Map<String, Object>> acls = acls(StrimziResources.kafkaUser("mesinfos", "consent-service", KafkaAccess.services().get("consent-service")));
        assertEquals(acl(Map.of("type", "topic", "name", "app.", "patternType", "prefix"), "Write", "Create", "DescribeConfigs"), acls.get(2));
        assertEquals(acl(Map.of("type", "cluster"), "Alter", "IdempotentWrite"), acls.get(acls.size() - 1));
        int bindings = KafkaAccess.services().get("consent-service").size();
        assertEquals(bindings, acls.stream().mapToInt(acl -> ((List<?>) acl.get("operations")).size()).sum());
    }

    @Test
    void whereStrimziAdministersAppsAclsTheConsentServiceCannotAlterAcls() {
        List<Map<String, Object>> acls = acls(StrimziResources.kafkaUser("mesinfos", "consent-service",
                KafkaAccess.services(KafkaAccess.AppAclAdministration.STRIMZI).get("consent-service")));
        assertEquals(acl(Map.of("type", "cluster"), "IdempotentWrite"), acls.get(acls.size() - 1));
    }

    @Test
    void anAppReadsOnlyItsOwnTopicsAndGroups() {
        List<Map<String, Object>> acls = acls(StrimziResources.kafkaUser("mesinfos", "demo-energy-coach", KafkaAccess.app("demo-energy-coach")));
        assertEquals(List.of(
                acl(Map.of("type", "topic", "name", "app.demo-energy-coach.", "patternType", "prefix"), "Read"),
                acl(Map.of("type", "group", "name", "demo-energy-coach", "patternType", "literal"), "Read"),
                acl(Map.of("type", "group", "name", "demo-energy-coach.", "patternType", "prefix"), "Read")), acls);
    }

    @Test
    void anotherPrincipalsBindingIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> StrimziResources.kafkaUser("mesinfos", "vault-service", KafkaAccess.services().get("connector-edf")));
    }

    @Test
    void topicsKeepTheirNameAndCompaction() {
        Map<String, Object> topic = StrimziResources.kafkaTopic("mesinfos", KafkaAccess.platformTopics().stream()
                .filter(t -> t.name().equals(Topics.CONSENT_STATE)).findFirst().orElseThrow(), 12, 3);
        assertEquals("consent.state.v1", ((Map<?, ?>) topic.get("metadata")).get("name"));
        assertEquals(Map.of("topicName", "consent.state.v1", "partitions", 12, "replicas", 3, "config", Map.of("cleanup.policy", "compact")), topic.get("spec"));
        assertThrows(IllegalArgumentException.class, () -> StrimziResources.resourceName("Partner_EDF"));
    }

    @Test
    void operationsAreSpelledAsStrimziSpellsThem() {
        assertEquals("DescribeConfigs", StrimziResources.operation(AclOperation.DESCRIBE_CONFIGS));
        assertEquals("All", StrimziResources.operation(AclOperation.ALL));
    }

    private static Map<String, Object> acl(Map<String, Object> resource, String... operations) {
        return Map.of("resource", resource, "operations", List.of(operations), "host", "*", "type", "allow");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> acls(Map<String, Object> user) {
        return (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) user.get("spec")).get("authorization")).get("acls");
    }
}
