package fr.mesinfos.consent.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.mesinfos.events.platform.PersonConsents;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Relays the outbox to consent.state.v1 on a thread of its own: for each person with unsent rows it publishes their
 * full current consents, and marks the rows sent only after Kafka acknowledged them, so a crash or a Kafka outage
 * leaves rows to publish again (at least once; a later snapshot replaces an earlier one). One relay at a time across
 * replicas (a PostgreSQL advisory lock held by the batch's transaction), so a person's snapshots are published in order.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock key of the relay ("consent" in ASCII). */
    private static final long LOCK_KEY = 0x636f6e73656e74L;

    @Inject
    OutboxRepository outbox;

    @Inject
    PersonConsentsSource source;

    @Inject
    ConsentStatePublisher publisher;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "mesinfos.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "mesinfos.outbox.interval", defaultValue = "PT0.25S")
    Duration interval;

    @ConfigProperty(name = "mesinfos.outbox.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "mesinfos.outbox.delivery-timeout", defaultValue = "PT10S")
    Duration deliveryTimeout;

    private final ExecutorService senders = Executors.newSingleThreadExecutor(named("consent-outbox-send"));
    private ScheduledExecutorService loop;

    void onStart(@Observes StartupEvent started) {
        if (enabled) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent stopping) {
        stop();
        senders.shutdownNow();
    }

    /** Starts relaying (every interval, and at once). */
    public synchronized void start() {
        if (loop == null) {
            loop = Executors.newSingleThreadScheduledExecutor(named("consent-outbox-relay"));
            loop.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops relaying once the batch under way is done; rows written meanwhile wait for the next start. */
    public synchronized void stop() {
        if (loop != null) {
            loop.shutdown();
            try {
                loop.awaitTermination(deliveryTimeout.toMillis() + 5000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loop = null;
        }
    }

    private void tick() {
        try {
            int relayed;
            do {
                relayed = VertxContextSupport.subscribeAndAwait(this::relayBatch);
            } while (relayed >= batchSize);
        } catch (Throwable e) {
            // rows stay unsent and are published at a later tick; the message may hold a person id: type only
            metrics.counter("mesinfos.consent.outbox.failures").increment();
            LOG.warnf("outbox relay could not publish (%s); retrying", e.getClass().getSimpleName());
        }
    }

    /** One batch: in one transaction holding the relay lock, read unsent rows, publish each person once, mark them sent. */
    Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")", Boolean.class)
                        .getSingleResult())
                .flatMap(locked -> !locked ? Uni.createFrom().item(0) : outbox.unsent(batchSize).flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Instant now = Instant.now();
                    List<String> persons = rows.stream().map(row -> row.personId).distinct().toList();
                    List<Long> ids = rows.stream().map(row -> row.id).toList();
                    return Multi.createFrom().iterable(persons)
                            .onItem().transformToUniAndConcatenate(person -> source.of(person, now))
                            .collect().asList()
                            .flatMap(this::publishAndAwait)
                            .flatMap(acknowledged -> outbox.markSent(ids, Instant.now()))
                            .invoke(marked -> metrics.counter("mesinfos.consent.outbox.published").increment(marked))
                            .replaceWith(rows.size());
                })));
    }

    /** Sends off the event loop and comes back on it once Kafka acknowledged every record (or fails). */
    private Uni<Void> publishAndAwait(List<PersonConsents> states) {
        Context context = Vertx.currentContext();
        return Uni.createFrom().completionStage(() -> CompletableFuture
                        .supplyAsync(() -> publisher.publish(states), senders)
                        .thenCompose(acks -> acks))
                .ifNoItem().after(deliveryTimeout).fail()
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
