package fr.mesinfos.consent.registry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.TopicExistsException;

import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.support.kafka.KafkaClients;

/**
 * Gives a registered app its place on the broker: its topic {@code app.<app-id>.v1} and the ACLs that let it read
 * that topic with its own consumer groups, nothing else (events.access.KafkaAccess); and takes the ACLs back.
 * Both are idempotent, so a registration retried after a failure ends in the same state.
 */
@ApplicationScoped
public class AppKafkaAccess {
    private static final long TIMEOUT_SECONDS = 15;

    private final Admin admin;

    AppKafkaAccess(KafkaClients kafkaClients) {
        this.admin = kafkaClients.admin("consent-service-registry");
    }

    /** Creates the app's topic (kept if it exists) and its ACLs; throws {@link KafkaAccessException} if Kafka refuses or does not answer. */
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

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }

    /** Kafka refused or did not answer. */
    public static final class KafkaAccessException extends RuntimeException {
        KafkaAccessException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
