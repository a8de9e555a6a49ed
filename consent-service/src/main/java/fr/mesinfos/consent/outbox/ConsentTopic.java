package fr.mesinfos.consent.outbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import fr.mesinfos.events.Topics;

/**
 * Creates consent.state.v1 as a compacted topic before the first publication, whichever of the vault and this service
 * starts first: a broker's auto-creation would make it a plain, size-limited log that loses old consents.
 */
final class ConsentTopic {

    private ConsentTopic() {
    }

    static void ensure(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            NewTopic topic = new NewTopic(Topics.CONSENT_STATE, Optional.empty(), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(topic)).all().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + Topics.CONSENT_STATE, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + Topics.CONSENT_STATE, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer the creation of " + Topics.CONSENT_STATE + " in 15 s", e);
        }
    }
}
