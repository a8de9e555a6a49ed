package fr.mesinfos.consent.expiry;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.mesinfos.consent.lifecycle.ConsentLifecycle;
import fr.mesinfos.events.platform.ConsentStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Ends consents by time, not by events (CS-EX-3, CS-SM-4): every interval, ACTIVE consents past expiresAt become
 * EXPIRED and requests past their expiry REJECTED, each through the lifecycle (history, outbox, receipt). Followers
 * already refuse an expired ACTIVE consent by its expiresAt (ConsentState.allows) before this runs.
 */
@ApplicationScoped
public class ExpiryJob {
    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);
    private static final int BATCH = 100;

    @Inject
    ConsentLifecycle lifecycle;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "mesinfos.consent.expiry-interval", defaultValue = "PT5S")
    Duration interval;

    private ScheduledExecutorService loop;

    void onStart(@Observes StartupEvent started) {
        loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "consent-expiry");
            thread.setDaemon(true);
            return thread;
        });
        loop.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stopping) {
        if (loop != null) {
            loop.shutdownNow();
        }
    }

    private void tick() {
        try {
            runOnce();
        } catch (Throwable e) {
            metrics.counter("mesinfos.consent.expiry.failures").increment();
            LOG.warnf("expiry job failed (%s); retrying at the next run", e.getClass().getSimpleName());
        }
    }

    /** Ends every consent whose time is up; the number ended. */
    public synchronized int runOnce() throws Throwable {
        int ended = 0;
        int endedNow;
        List<UUID> due;
        do {
            endedNow = 0;
            due = VertxContextSupport.subscribeAndAwait(() -> lifecycle.due(BATCH));
            for (UUID id : due) {
                ConsentStatus status = VertxContextSupport.subscribeAndAwait(() -> lifecycle.expireIfDue(id));
                if (status == ConsentStatus.EXPIRED || status == ConsentStatus.REJECTED) {
                    endedNow++;
                    metrics.counter("mesinfos.consent.expiry.ended", "status", status.name()).increment();
                }
            }
            ended += endedNow;
        } while (due.size() == BATCH && endedNow > 0);
        if (ended > 0) {
            LOG.infof("expiry job ended %d consent(s)", ended);
        }
        return ended;
    }
}
