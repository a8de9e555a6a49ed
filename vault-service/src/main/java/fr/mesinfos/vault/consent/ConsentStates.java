package fr.mesinfos.vault.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.support.kafka.ConsentStateFollower;
import fr.mesinfos.support.kafka.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The vault's copy of every person's latest consents (consent.state.v1, followed by service-support's
 * ConsentStateFollower from the start of the topic): an app's read is judged on it, and nothing is answered before
 * the topic was read to its end once.
 */
@ApplicationScoped
public class ConsentStates {
    private final ConsentStateFollower follower;

    ConsentStates(KafkaClients kafkaClients, MeterRegistry metrics) {
        this.follower = new ConsentStateFollower(kafkaClients, "vault-service", metrics);
    }

    void start(@Observes StartupEvent started) {
        follower.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        follower.stop(Duration.ofSeconds(1));
    }

    /** True once the topic was read to its end: before that an absent consent may only be not yet read. */
    public boolean caughtUp() {
        return follower.caughtUp();
    }

    /** The consent under which the app may read this category of the person's data now, if there is one. */
    public Optional<ConsentState> allowing(String personId, String appId, Category category, Instant now) {
        return follower.allowing(personId, appId, category, now);
    }
}
