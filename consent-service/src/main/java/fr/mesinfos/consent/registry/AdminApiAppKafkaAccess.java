package fr.mesinfos.consent.registry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.TopicExistsException;

import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.support.kafka.KafkaClients;

/**
 * {@link AppKafkaAccess} through Kafka's Admin API (mesinfos.registry.kafka-access=admin-api): creates the app's topic
 * and ACLs on the broker itself, as this service's account (ALTER on the cluster); the tests' broker and the local run.
 */
final class AdminApiAppKafkaAccess implements AppKafkaAccess {
    private static final long TIMEOUT_SECONDS = 15;

    private final Admin admin;

    AdminApiAppKafkaAccess(KafkaClients kafkaClients) {
        this.admin = kafkaClients.admin("consent-service-registry");
    }

    /** Creates the app's topic (kept if it exists) and its ACLs; throws {@link KafkaAccessException} if Kafka refuses or does not answer. */
    @Override
    public void grant(String appId) {
        try {
            await(admin.createTopics(List.of(KafkaAccess.appTopic(appId))).all());
        } catch (KafkaAccessException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        await(admin.createAcls(KafkaAccess.app(appId)).all());
    }

    /** Removes the app's ACLs (its topic stays until the retention of what it holds ends). */
    @Override
    public void revoke(String appId) {
        await(admin.deleteAcls(KafkaAccess.app(appId).stream().map(AclBinding::toFilter).toList()).all());
    }

    private static void await(KafkaFuture<?> future) {
        try {
            future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new KafkaAccessException(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaAccessException("interrupted", e);
        } catch (TimeoutException e) {
            throw new KafkaAccessException("no answer from Kafka in " + TIMEOUT_SECONDS + " s", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
