package fr.mesinfos.events.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The platform's Kafka access (topics, ACLs of {@link KafkaAccess}) as Strimzi custom resources (kafka.strimzi.io/v1
 * KafkaTopic and KafkaUser), so Kubernetes grants exactly what the tests' broker grants. Plain maps, ready to be
 * written as YAML or sent to the Kubernetes API; no Kubernetes library needed.
 */
public final class StrimziResources {
    public static final String API_VERSION = "kafka.strimzi.io/v1";
    /** The label by which Strimzi's entity operator knows which Kafka cluster a topic or user belongs to. */
    public static final String CLUSTER_LABEL = "strimzi.io/cluster";

    private StrimziResources() {
    }

    /** A KafkaTopic; partitions and replicas are the cluster's defaults unless an overlay patches them. */
    public static Map<String, Object> kafkaTopic(String cluster, NewTopic topic, int partitions, int replicas) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("topicName", topic.name());
        spec.put("partitions", partitions);
        spec.put("replicas", replicas);
        if (topic.configs() != null && !topic.configs().isEmpty()) {
            spec.put("config", new LinkedHashMap<>(topic.configs()));
        }
        return resource("KafkaTopic", resourceName(topic.name()), cluster, spec);
    }

    /**
     * A KafkaUser named after the principal (the Keycloak client id: the broker authenticates with OAuth, so the user
     * has no Strimzi-managed credentials) with simple authorization: one ACL rule per resource pattern, its
     * operations together, in the order {@link KafkaAccess} grants them.
     */
    public static Map<String, Object> kafkaUser(String cluster, String principal, List<AclBinding> bindings) {
        Map<ResourcePattern, List<String>> operations = new LinkedHashMap<>();
        for (AclBinding binding : bindings) {
            if (!binding.entry().principal().equals("User:" + principal)) {
                throw new IllegalArgumentException("a binding of " + binding.entry().principal() + " in the ACLs of " + principal);
            }
            if (binding.entry().permissionType() != AclPermissionType.ALLOW || !"*".equals(binding.entry().host())) {
                throw new IllegalArgumentException("only ALLOW from any host is expressed, got " + binding.entry());
            }
            operations.computeIfAbsent(binding.pattern(), pattern -> new ArrayList<>()).add(operation(binding.entry().operation()));
        }
        List<Map<String, Object>> acls = new ArrayList<>();
        operations.forEach((pattern, ops) -> {
            Map<String, Object> acl = new LinkedHashMap<>();
            acl.put("resource", resource(pattern));
            acl.put("operations", ops);
            acl.put("host", "*");
            acl.put("type", "allow");
            acls.add(acl);
        });
        Map<String, Object> authorization = new LinkedHashMap<>();
        authorization.put("type", "simple");
        authorization.put("acls", acls);
        return resource("KafkaUser", principal, cluster, Map.of("authorization", authorization));
    }

    /**
     * A Kubernetes name for a topic: topic names are already lowercase with dots and hyphens (DNS-1123 subdomains),
     * which the catalog guarantees; anything else is refused rather than silently renamed.
     */
    static String resourceName(String topic) {
        if (!topic.matches("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?")) {
            throw new IllegalArgumentException("topic " + topic + " is not a valid Kubernetes resource name");
        }
        return topic;
    }

    private static Map<String, Object> resource(String kind, String name, String cluster, Map<String, Object> spec) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("labels", Map.of(CLUSTER_LABEL, Objects.requireNonNull(cluster)));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", API_VERSION);
        resource.put("kind", kind);
        resource.put("metadata", metadata);
        resource.put("spec", spec);
        return resource;
    }

    private static Map<String, Object> resource(ResourcePattern pattern) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", switch (pattern.resourceType()) {
            case TOPIC -> "topic";
            case GROUP -> "group";
            case CLUSTER -> "cluster";
            case TRANSACTIONAL_ID -> "transactionalId";
            default -> throw new IllegalArgumentException("no Strimzi ACL resource for " + pattern.resourceType());
        });
        if (pattern.resourceType() != ResourceType.CLUSTER) {
            resource.put("name", pattern.name());
            resource.put("patternType", pattern.patternType() == PatternType.PREFIXED ? "prefix" : literal(pattern));
        }
        return resource;
    }

    private static String literal(ResourcePattern pattern) {
        if (pattern.patternType() != PatternType.LITERAL) {
            throw new IllegalArgumentException("no Strimzi pattern type for " + pattern.patternType());
        }
        return "literal";
    }

    /** Kafka's READ, IDEMPOTENT_WRITE, DESCRIBE_CONFIGS… as Strimzi spells them: Read, IdempotentWrite, DescribeConfigs. */
    static String operation(AclOperation operation) {
        StringBuilder name = new StringBuilder();
        for (String word : operation.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
