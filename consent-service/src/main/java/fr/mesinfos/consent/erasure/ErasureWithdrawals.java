package fr.mesinfos.consent.erasure;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.mesinfos.consent.lifecycle.ConsentLifecycle;
import fr.mesinfos.events.platform.PersonErasure;
import fr.mesinfos.support.kafka.ErasureFollower;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import fr.mesinfos.support.kafka.KafkaClients;

/**
 * Hears the vault's erasures (vault.erasure.v1, through the shared {@link ErasureFollower}) and ends the consents
 * that covered the erased data, so apps stop receiving it and get the gate's control event telling them to delete it;
 * a poll is committed after the change.
 */
@ApplicationScoped
public class ErasureWithdrawals {

    @Inject
    KafkaClients kafkaClients;

    @Inject
    ConsentLifecycle lifecycle;

    @Inject
    MeterRegistry metrics;

    private ErasureFollower follower;

    void start(@Observes StartupEvent started) {
        follower = new ErasureFollower(kafkaClients, "consent-service-erasures", "consent-erasures", metrics, "mesinfos.consent.erasures",
                erasure -> endConsents(erasure) > 0 ? "consents-ended" : "no-consent");
        follower.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (follower != null) {
            follower.stop(Duration.ofSeconds(10));
        }
    }

    // Hibernate Reactive needs a Vert.x context: the consumer thread runs the transaction on one and waits for it
    private int endConsents(PersonErasure erasure) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> lifecycle.endOnErasure(erasure.personId(), erasure.categories(), erasure.erasureId()));
        } catch (Throwable e) {
            // the poll is not committed: a new consumer reads this erasure again
            throw new IllegalStateException("ending the consents of an erasure failed", e);
        }
    }
}
