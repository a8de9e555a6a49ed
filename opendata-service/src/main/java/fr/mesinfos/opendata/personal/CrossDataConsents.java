package fr.mesinfos.opendata.personal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.mesinfos.events.Category;
import fr.mesinfos.support.kafka.ConsentStateFollower;
import fr.mesinfos.support.kafka.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Which categories of a person the cross-data app may use now, from the consents on consent.state.v1 (followed from
 * the topic's start): a service asks before it reads anything, and names what is missing.
 */
@ApplicationScoped
public class CrossDataConsents {
    private final ConsentStateFollower follower;

    CrossDataConsents(KafkaClients kafkaClients, MeterRegistry metrics) {
        this.follower = new ConsentStateFollower(kafkaClients, "opendata-service", metrics);
    }

    void start(@Observes StartupEvent started) {
        follower.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        follower.stop(Duration.ofSeconds(1));
    }

    /** True once consent.state.v1 was read to its end: before that, an absent consent may only be not yet read. */
    public boolean caughtUp() {
        return follower.caughtUp();
    }

    /** The needed categories the person has no ACTIVE, unexpired consent of the cross-data app for (empty: all given). */
    public List<Category> missing(String personId, Collection<Category> needed, Instant now) {
        return needed.stream().filter(category -> follower.allowing(personId, CrossDataApp.APP_ID, category, now).isEmpty()).toList();
    }

    /** Throws {@link ConsentRequired} naming the missing categories (or 503 before the consents were read); returns otherwise. */
    public void require(String personId, Collection<Category> needed, Instant now) {
        if (!caughtUp()) {
            throw ConsentRequired.notYetKnown();
        }
        List<Category> missing = missing(personId, needed, now);
        if (!missing.isEmpty()) {
            throw new ConsentRequired(missing);
        }
    }
}
