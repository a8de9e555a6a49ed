package fr.mesinfos.consent.registry;

/**
 * Gives a registered app its place on the broker: its topic {@code app.<app-id>.v1} and the ACLs that let it read
 * that topic with its own consumer groups, nothing else (events.access.KafkaAccess); and takes the ACLs back.
 * Both are idempotent, so a registration retried after a failure ends in the same state. Two ways, one chosen at
 * startup by {@code mesinfos.registry.kafka-access} ({@link AppKafkaAccessProducer}): Kafka's Admin API
 * ({@link AdminApiAppKafkaAccess}) or, on Kubernetes, Strimzi resources ({@link StrimziAppKafkaAccess}).
 */
public interface AppKafkaAccess {

    /** Creates the app's topic (kept if it exists) and its ACLs; throws {@link KafkaAccessException} if refused or unanswered. */
    void grant(String appId);

    /** Removes the app's ACLs (its topic stays until the retention of what it holds ends); nothing to remove is fine. */
    void revoke(String appId);

    /** Releases what the implementation holds (a Kafka admin client); called when the application stops. */
    default void close() {
    }

    /** Kafka (or the Kubernetes API that manages it) refused or did not answer. */
    final class KafkaAccessException extends RuntimeException {
        KafkaAccessException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
