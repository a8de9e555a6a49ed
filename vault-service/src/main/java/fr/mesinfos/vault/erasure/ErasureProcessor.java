package fr.mesinfos.vault.erasure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.client.model.Filters;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.ErasureScope;
import fr.mesinfos.events.platform.PersonErasure;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.support.kafka.KafkaClients;
import fr.mesinfos.vault.crypto.PersonKeys;
import fr.mesinfos.vault.read.RecordReader;
import fr.mesinfos.vault.summary.VaultRecords;
import fr.mesinfos.vault.support.DurableProducer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Carries out an erasure in steps that can each be redone: record the intent, count, delete the records, destroy the
 * keys, announce it on vault.erasure.v1, mark it completed. A crash between two steps leaves it PENDING, and the
 * background pass finishes it, so the erasure and its announcement cannot diverge.
 */
@ApplicationScoped
public class ErasureProcessor {
    private static final Logger LOG = Logger.getLogger(ErasureProcessor.class);
    /** How old a pending erasure must be before the background pass takes it over from its request. */
    private static final Duration TAKEOVER_AFTER = Duration.ofSeconds(30);

    @Inject
    Erasures erasures;

    @Inject
    RecordReader reader;

    @Inject
    PersonKeys keys;

    @Inject
    MeterRegistry metrics;

    @Inject
    KafkaClients kafkaClients;

    @ConfigProperty(name = "mesinfos.vault.erasure.retry-seconds", defaultValue = "30")
    long retrySeconds;

    private DurableProducer producer;
    private ScheduledExecutorService background;

    void start(@Observes StartupEvent started) {
        producer = new DurableProducer(kafkaClients, "vault-service-erasures");
        background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vault-pending-erasures");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::finishPending, retrySeconds, retrySeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (background != null) {
            background.shutdownNow();
        }
        if (producer != null) {
            producer.close();
        }
    }

    /** Records the intent of an erasure (PENDING); nothing is erased yet, but from now on it will be. */
    public PersonErasure request(String personId, ErasureScope scope, List<Category> categories) {
        PersonErasure erasure = new PersonErasure(UUID.randomUUID().toString(), personId, scope,
                categories.stream().map(Category::id).toList(), Instant.now());
        erasures.insert(erasure);
        metrics.counter("mesinfos.vault.erasures", "scope", scope.name()).increment();
        return erasure;
    }

    /** Does (or finishes) every step of an erasure; safe to call again at any point. */
    public void complete(String erasureId) {
        Document stored = erasures.find(erasureId).orElseThrow();
        if (ErasureReceipt.Status.COMPLETED.name().equals(stored.getString("status"))) {
            return;
        }
        PersonErasure erasure = Erasures.toEvent(stored);
        String personId = erasure.personId();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String id : erasure.categories()) {
            counts.put(id, reader.records().countDocuments(Filters.and(Filters.eq(VaultRecords.PERSON, personId), Filters.eq(VaultRecords.CATEGORY, id))));
        }
        erasures.planCounts(erasureId, counts);
        for (String id : erasure.categories()) {
            reader.records().deleteMany(Filters.and(Filters.eq(VaultRecords.PERSON, personId), Filters.eq(VaultRecords.CATEGORY, id)));
            keys.erase(personId, CategoryCatalog.byId(id).orElseThrow());
        }
        if (erasure.scope() == ErasureScope.ALL) {
            reader.records().deleteMany(Filters.eq(VaultRecords.PERSON, personId));
            keys.eraseAll(personId);
        }
        producer.sendAll(List.of(new ProducerRecord<>(Topics.VAULT_ERASURE, personId.getBytes(StandardCharsets.UTF_8),
                PlatformEventCodec.encode(erasure))));
        erasures.markAnnounced(erasureId);
        erasures.markCompleted(erasureId);
    }

    /** Finishes the erasures a crash or an outage left pending. */
    void finishPending() {
        try {
            for (String id : erasures.pendingBefore(Instant.now().minus(TAKEOVER_AFTER))) {
                complete(id);
                LOG.infof("finished pending erasure %s", id);
            }
        } catch (RuntimeException e) {
            LOG.warnf("pending erasures not finished yet (%s); trying again in %d s", e.getClass().getSimpleName(), retrySeconds);
        }
    }
}
