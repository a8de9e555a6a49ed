package fr.mesinfos.deploy.generated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.access.StrimziResources;

/** The Strimzi topics and users of the platform, from the one place that says who may do what on Kafka. */
final class KafkaManifests {
    /** The name of the Kafka resource in deploy/base/kafka (Strimzi labels topics and users with it). */
    static final String CLUSTER = "mesinfos";
    /** Production defaults: the gate co-partitions partner topics with consent.state.v1, so every topic has the same count. */
    static final int PARTITIONS = 12;
    static final int REPLICAS = 3;
    /** The dev realm's demo apps, which exist in Keycloak without being registered (as in the testkit's provisioning). */
    static final List<String> DEV_APPS = List.of("demo-energy-coach", "demo-budget-helper");

    private KafkaManifests() {
    }

    static List<Map<String, Object>> platformTopics() {
        return KafkaAccess.platformTopics().stream()
                .map(topic -> StrimziResources.kafkaTopic(CLUSTER, topic, PARTITIONS, REPLICAS)).toList();
    }

    /** On Kubernetes the consent service's registry writes KafkaUsers and Strimzi creates the ACLs: no ALTER on the cluster. */
    static List<Map<String, Object>> serviceUsers() {
        List<Map<String, Object>> users = new ArrayList<>();
        KafkaAccess.services(KafkaAccess.AppAclAdministration.STRIMZI).forEach((principal, acls) -> users.add(StrimziResources.kafkaUser(CLUSTER, principal, acls)));
        return users;
    }

    static List<Map<String, Object>> devApps() {
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String app : DEV_APPS) {
            resources.add(StrimziResources.kafkaTopic(CLUSTER, KafkaAccess.appTopic(app), PARTITIONS, REPLICAS));
            resources.add(StrimziResources.kafkaUser(CLUSTER, app, KafkaAccess.app(app)));
        }
        return resources;
    }
}
