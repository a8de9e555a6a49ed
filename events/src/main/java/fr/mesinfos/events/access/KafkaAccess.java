package fr.mesinfos.events.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import fr.mesinfos.events.Source;
import fr.mesinfos.events.Topics;

/**
 * Who may do what on the platform's Kafka, in one place: the topics the platform needs and the least-privilege
 * ACLs of each service account and of each app. The broker denies whatever is not granted here; a principal is the
 * Keycloak client id of the token ({@code azp}).
 */
public final class KafkaAccess {
    public static final String VAULT = "vault-service";
    public static final String CONSENT = "consent-service";
    public static final String OPENDATA = "opendata-service";
    private static final String ANY_HOST = "*";

    private KafkaAccess() {
    }

    /** The service account of a partner's connector, e.g. {@code connector-edf}. */
    public static String connector(Source partner) {
        if (!partner.isPartner()) {
            throw new IllegalArgumentException(partner + " is not a partner");
        }
        return "connector-" + partner.id();
    }

    /**
     * The topics the platform needs before its services start: every category topic and the platform topics, with
     * the broker's partition count (the gate joins partner topics with consent.state.v1 by person id: same count),
     * consent.state.v1 compacted. Apps' topics are created when an app is registered.
     */
    public static List<NewTopic> platformTopics() {
        List<String> names = new ArrayList<>(Topics.categoryTopics());
        names.addAll(List.of(Topics.CONSENT_STATE, Topics.GATE_DELIVERIES, Topics.VAULT_ERASURE, Topics.VAULT_DEAD_LETTER));
        return names.stream().map(KafkaAccess::topic).toList();
    }

    /** An app's topic, created at registration. */
    public static NewTopic appTopic(String appId) {
        return topic(Topics.app(appId));
    }

    private static NewTopic topic(String name) {
        NewTopic topic = new NewTopic(name, Optional.empty(), Optional.empty());
        return Topics.isCompacted(name) ? topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)) : topic;
    }

    /** Who gives a registered app its ACLs: the registry itself through Kafka's Admin API, or Strimzi's User Operator. */
    public enum AppAclAdministration {
        /** The registry creates the ACLs (the tests' broker, the local run): it needs ALTER on the cluster. */
        REGISTRY,
        /** Strimzi's User Operator creates them from the KafkaUser the registry writes (Kubernetes): no ALTER needed. */
        STRIMZI
    }

    /** Every service account with its ACLs, the registry administering apps' ACLs itself. */
    public static Map<String, List<AclBinding>> services() {
        return services(AppAclAdministration.REGISTRY);
    }

    /** Every service account with its ACLs. */
    public static Map<String, List<AclBinding>> services(AppAclAdministration appAcls) {
        Map<String, List<AclBinding>> services = new LinkedHashMap<>();
        for (Source source : Source.values()) {
            if (source.isPartner()) {
                services.put(connector(source), connectorAcls(source));
            }
        }
        services.put(VAULT, vaultAcls());
        services.put(CONSENT, consentAcls(appAcls));
        services.put(OPENDATA, openDataAcls());
        return services;
    }

    /**
     * An app reads its own topics ({@code app.<app-id>.*}) with consumer groups named {@code <app-id>} or
     * {@code <app-id>.<anything>}, and nothing else. App ids hold no dot, so one app's prefixes never match another's.
     */
    public static List<AclBinding> app(String appId) {
        Grants grants = new Grants(appId);
        grants.prefixed(ResourceType.TOPIC, Topics.appTopicPrefix(appId), AclOperation.READ);
        grants.literal(ResourceType.GROUP, Topics.requireAppId(appId), AclOperation.READ);
        grants.prefixed(ResourceType.GROUP, appId + ".", AclOperation.READ);
        return grants.bindings;
    }

    /** A connector writes its partner's topics and follows the vault's erasures (to drop the person's account links). */
    private static List<AclBinding> connectorAcls(Source partner) {
        String principal = connector(partner);
        Grants grants = new Grants(principal);
        grants.prefixed(ResourceType.TOPIC, "partner." + partner.id() + ".", AclOperation.WRITE);
        grants.literal(ResourceType.TOPIC, Topics.VAULT_ERASURE, AclOperation.READ);
        grants.prefixed(ResourceType.GROUP, principal, AclOperation.READ);
        return grants.bindings;
    }

    /** The vault stores every partner topic, follows consents and delivery counts, writes its dead letters and erasures. */
    private static List<AclBinding> vaultAcls() {
        Grants grants = new Grants(VAULT);
        grants.prefixed(ResourceType.TOPIC, "partner.", AclOperation.READ);
        grants.literal(ResourceType.TOPIC, Topics.CONSENT_STATE, AclOperation.READ);
        grants.literal(ResourceType.TOPIC, Topics.GATE_DELIVERIES, AclOperation.READ);
        grants.literal(ResourceType.TOPIC, Topics.VAULT_DEAD_LETTER, AclOperation.WRITE);
        grants.literal(ResourceType.TOPIC, Topics.VAULT_ERASURE, AclOperation.WRITE);
        grants.prefixed(ResourceType.GROUP, VAULT, AclOperation.READ);
        return grants.bindings;
    }

    /**
     * The consent service publishes consent states; its gate (a Kafka Streams application named consent-service-*)
     * reads partner topics and consents, writes apps' topics and delivery counts in transactions, keeps its own
     * internal topics; its registry creates an app's topic and ACLs (ALTER on the cluster: the one grant that lets a
     * service change ACLs, which is why only the registry holds it, and only where it administers them); it follows
     * the vault's erasures.
     */
    private static List<AclBinding> consentAcls(AppAclAdministration appAcls) {
        Grants grants = new Grants(CONSENT);
        grants.literal(ResourceType.TOPIC, Topics.CONSENT_STATE, AclOperation.READ, AclOperation.WRITE);
        grants.prefixed(ResourceType.TOPIC, "partner.", AclOperation.READ);
        grants.prefixed(ResourceType.TOPIC, "app.", AclOperation.WRITE, AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);
        grants.literal(ResourceType.TOPIC, Topics.GATE_DELIVERIES, AclOperation.WRITE);
        grants.literal(ResourceType.TOPIC, Topics.VAULT_ERASURE, AclOperation.READ);
        grants.prefixed(ResourceType.TOPIC, CONSENT + "-", AclOperation.ALL);
        grants.prefixed(ResourceType.GROUP, CONSENT, AclOperation.READ);
        grants.prefixed(ResourceType.TRANSACTIONAL_ID, CONSENT, AclOperation.WRITE, AclOperation.DESCRIBE);
        if (appAcls == AppAclAdministration.REGISTRY) {
            grants.literal(ResourceType.CLUSTER, "kafka-cluster", AclOperation.ALTER, AclOperation.IDEMPOTENT_WRITE);
        } else {
            grants.literal(ResourceType.CLUSTER, "kafka-cluster", AclOperation.IDEMPOTENT_WRITE);
        }
        return grants.bindings;
    }

    /** The open data service publishes the public datasets and follows consents (its cross-data app's). */
    private static List<AclBinding> openDataAcls() {
        Grants grants = new Grants(OPENDATA);
        grants.prefixed(ResourceType.TOPIC, "opendata.", AclOperation.WRITE);
        grants.literal(ResourceType.TOPIC, Topics.CONSENT_STATE, AclOperation.READ);
        grants.prefixed(ResourceType.GROUP, OPENDATA, AclOperation.READ);
        return grants.bindings;
    }

    /** ALLOW entries of one principal, from any host. */
    private static final class Grants {
        private final String principal;
        private final List<AclBinding> bindings = new ArrayList<>();

        Grants(String clientId) {
            this.principal = "User:" + clientId;
        }

        void literal(ResourceType type, String name, AclOperation... operations) {
            add(new ResourcePattern(type, name, PatternType.LITERAL), operations);
        }

        void prefixed(ResourceType type, String prefix, AclOperation... operations) {
            add(new ResourcePattern(type, prefix, PatternType.PREFIXED), operations);
        }

        private void add(ResourcePattern pattern, AclOperation... operations) {
            for (AclOperation operation : operations) {
                bindings.add(new AclBinding(pattern, new AccessControlEntry(principal, ANY_HOST, operation, AclPermissionType.ALLOW)));
            }
        }
    }
}
