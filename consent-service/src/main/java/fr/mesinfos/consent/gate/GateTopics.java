package fr.mesinfos.consent.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.mesinfos.events.Topics;

/**
 * Makes sure the topics the gate reads and writes exist, whoever starts first: consent.state.v1 (compacted), every
 * partner topic with the same partition count (co-partitioned by person id, or the join would be wrong), and an
 * app's topic as soon as a consent names the app, and consent.deliveries.v1. Creation is idempotent; a failure is reported, never fatal to a delivery run.
 */
@ApplicationScoped
public class GateTopics {
    private static final Logger LOG = Logger.getLogger(GateTopics.class);

    private final Admin admin;
    private final GateConfig config;
    private final Set<String> readyApps = ConcurrentHashMap.newKeySet();

    GateTopics(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap, GateConfig config) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        this.config = config;
    }

    /**
     * Creates what is missing of consent.state.v1, the partner topics and consent.deliveries.v1 (the partner topics with consent.state.v1's
     * partition count), then checks they are co-partitioned; throws if they are not.
     */
    void ensureSources() {
        create(List.of(new NewTopic(Topics.CONSENT_STATE, Optional.empty(), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        int partitions = describe(List.of(Topics.CONSENT_STATE)).get(Topics.CONSENT_STATE).partitions().size();
        create(Topics.partnerTopics().stream().map(topic -> new NewTopic(topic, Optional.of(partitions), Optional.empty())).toList());
        create(List.of(new NewTopic(Topics.GATE_DELIVERIES, Optional.of(partitions), Optional.empty())));
        List<String> sources = new ArrayList<>(Topics.partnerTopics());
        sources.add(Topics.CONSENT_STATE);
        Map<String, Integer> counts = new TreeMap<>();
        describe(sources).forEach((topic, description) -> counts.put(topic, description.partitions().size()));
        if (counts.values().stream().distinct().count() != 1) {
            throw new IllegalStateException("the gate joins partner events with consent.state.v1 by person id: every one of "
                    + "these topics needs the same number of partitions, found " + counts);
        }
    }

    /** True once the app's topic exists (created now if needed); false, reported, if Kafka did not create it. */
    boolean ensureApp(String appId) {
        if (readyApps.contains(appId)) {
            return true;
        }
        try {
            create(List.of(new NewTopic(Topics.app(appId), Optional.empty(), Optional.empty())));
            readyApps.add(appId);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("could not create the topic of app %s: %s", appId, e.getMessage());
            return false;
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }

    private void create(List<NewTopic> topics) {
        for (NewTopic topic : topics) {
            try {
                admin.createTopics(List.of(topic)).all().get(config.adminTimeout().toMillis(), TimeUnit.MILLISECONDS);
                LOG.infof("created %s", topic.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create " + topic.name() + ": " + e.getCause().getMessage(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating " + topic.name(), e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not answer the creation of " + topic.name() + " in time", e);
            }
        }
    }

    /** Describes the topics; a topic just created may be unknown to the broker's metadata for a moment: retried until the admin timeout. */
    private Map<String, TopicDescription> describe(List<String> topics) {
        long deadline = System.nanoTime() + config.adminTimeout().toNanos();
        while (true) {
            try {
                return admin.describeTopics(topics).allTopicNames().get(config.adminTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot describe " + topics + ": " + e.getCause().getMessage(), e.getCause());
                }
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while describing " + topics, e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not describe " + topics + " in time", e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topic metadata", e);
        }
    }
}
