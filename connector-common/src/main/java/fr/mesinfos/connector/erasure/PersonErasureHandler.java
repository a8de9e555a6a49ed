package fr.mesinfos.connector.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.mesinfos.connector.link.AccountLinks;
import fr.mesinfos.events.InvalidEventException;
import fr.mesinfos.events.platform.PersonErasure;
import fr.mesinfos.events.platform.PlatformEventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.VertxContextSupport;

/** Exists so that a person who erased all their data at the vault is no longer linked at this partner: no more of their data comes in. */
@ApplicationScoped
public class PersonErasureHandler {
    private static final Logger LOG = Logger.getLogger(PersonErasureHandler.class);

    /** What one erasure record did, also the {@code outcome} tag of {@code mesinfos.connector.erasures}. */
    public enum Outcome {
        /** Scope ALL: every link of the person at this partner deleted (none left, whether or not there were any). */
        LINKS_DELETED("links-deleted"),
        /**
         * Scope CATEGORIES: nothing to do here. A link is the person's account at the partner, not a category: it
         * still carries the partner's other categories, which the person did not erase and still wants to receive.
         */
        CATEGORIES_ONLY("categories-only"),
        /** The value does not decode, or names another person than the record key: skipped, never retried. */
        INVALID("invalid");

        private final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    @Inject
    AccountLinks links;

    @Inject
    MeterRegistry metrics;

    /**
     * Applies one record of {@code vault.erasure.v1} (key = person id, value = the erasure's JSON); returns once the
     * links are deleted, so the caller may then commit the offset. Throws when the database fails: the record must be
     * read again. Never logs the person id.
     */
    public Outcome apply(String key, byte[] value, String where) {
        Outcome outcome = decideAndApply(key, value, where);
        metrics.counter("mesinfos.connector.erasures", "outcome", outcome.tag()).increment();
        return outcome;
    }

    private Outcome decideAndApply(String key, byte[] value, String where) {
        PersonErasure erasure;
        try {
            erasure = PlatformEventCodec.erasure(value);
        } catch (InvalidEventException e) {
            LOG.warnf("skipped an erasure record that does not decode (%s): %s", where, withoutPerson(e.getMessage(), key));
            return Outcome.INVALID;
        }
        if (key != null && !key.equals(erasure.personId())) {
            // an inconsistent record is not acted on: whose links to delete would be a guess
            LOG.warnf("skipped erasure %s (%s): its record key is not its personId", erasure.erasureId(), where);
            return Outcome.INVALID;
        }
        return switch (erasure.scope()) {
            case CATEGORIES -> Outcome.CATEGORIES_ONLY;
            case ALL -> {
                long deleted = deleteLinks(erasure.personId());
                LOG.infof("erasure %s applied: %d account link(s) deleted", erasure.erasureId(), deleted);
                yield Outcome.LINKS_DELETED;
            }
        };
    }

    // Hibernate Reactive needs a Vert.x context: the consumer thread runs the transaction on one and waits for it
    private long deleteLinks(String personId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> links.unlinkAll(personId));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("deleting the account links failed", e);
        }
    }

    /** The decoding reason, cut short, with the record key (the person id) masked should it appear in it. */
    private static String withoutPerson(String reason, String key) {
        String text = reason == null ? "" : reason;
        if (key != null && !key.isEmpty()) {
            text = text.replace(key, "(person)");
        }
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
