package fr.mesinfos.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import fr.mesinfos.events.access.KafkaAccess;

/**
 * Does, as the operator, what a secured broker needs before the services start: the platform's topics and every
 * service account's ACLs (events.access.KafkaAccess), and the topics and ACLs of the dev realm's demo apps (which
 * exist in Keycloak without being registered through the consent service). Idempotent: a kept broker is provisioned
 * again on every start.
 */
public final class KafkaProvisioning {
    /** The dev realm's demo apps (deploy/keycloak/mesinfos-realm.json), never imported in production. */
    public static final List<String> DEV_APPS = List.of("demo-energy-coach", "demo-budget-helper");
    private static final Logger LOG = Logger.getLogger(KafkaProvisioning.class);
    private static final long TIMEOUT_SECONDS = 60;

    private KafkaProvisioning() {
    }

    /** Creates what is missing through the operator's listener. */
    public static void apply(String operatorBootstrapServers) {
        List<NewTopic> topics = new ArrayList<>(KafkaAccess.platformTopics());
        List<AclBinding> acls = new ArrayList<>();
        KafkaAccess.services().values().forEach(acls::addAll);
        for (String app : DEV_APPS) {
            topics.add(KafkaAccess.appTopic(app));
            acls.addAll(KafkaAccess.app(app));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, operatorBootstrapServers))) {
            CreateTopicsResult created = admin.createTopics(topics);
            int fresh = 0;
            for (Map.Entry<String, KafkaFuture<Void>> topic : created.values().entrySet()) {
                fresh += await(topic.getValue(), topic.getKey()) ? 1 : 0;
            }
            await(admin.createAcls(acls).all(), "ACLs");
            LOG.infof("Kafka provisioned: %d topics (%d new), %d ACL entries", topics.size(), fresh, acls.size());
        }
    }

    /** True when done now, false when it already existed. */
    private static boolean await(KafkaFuture<Void> future, String what) {
        try {
            future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new IllegalStateException("cannot provision " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning " + what, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not provision " + what + " in time", e);
        }
    }
}
