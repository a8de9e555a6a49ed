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
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import fr.mesinfos.events.Topics;
import fr.mesinfos.support.kafka.KafkaClients;

/**
 * Makes sure the topics the gate reads and writes are there: the provisioned ones (consent.state.v1, the partner
 * topics with the same partition count, co-partitioned by person id or the join would be wrong, consent.deliveries.v1)
 * are checked; an app's topic, normally created at registration, is created as soon as a consent names the app if
 * it is missing. A failure to create is reported, never fatal to a delivery run.
 */
@ApplicationScoped
public class GateTopics {
    private static final Logger LOG = Logger.getLogger(GateTopics.class);

    private final Admin admin;
    private final GateConfig config;
    private final Set<String> readyApps = ConcurrentHashMap.newKeySet();

    GateTopics(KafkaClients kafkaClients, GateConfig config) {
        this.admin = kafkaClients.admin("consent-service-gate-topics");
        this.config = config;
    }

    /**
     * Checks that consent.state.v1, the partner topics and consent.deliveries.v1 exist (the operator provisions them:
     * this service may not create them) and that the partner topics are co-partitioned with consent.state.v1;
     * throws, saying what is wrong, otherwise.
     */
    void ensureSources() {
        List<String> sources = new ArrayList<>(Topics.partnerTopics());
        sources.add(Topics.CONSENT_STATE);
        Map<String, Integer> counts = new TreeMap<>();
        describe(sources).forEach((topic, description) -> counts.put(topic, description.partitions().size()));
        describe(List.of(Topics.GATE_DELIVERIES));
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
                    throw new IllegalStateException("cannot describe " + topics + " (the operator provisions them: see "
                            + "events.access.KafkaAccess): " + e.getCause().getMessage(), e.getCause());
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
