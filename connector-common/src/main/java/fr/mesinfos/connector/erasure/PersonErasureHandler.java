package fr.mesinfos.connector.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.mesinfos.connector.link.AccountLinks;
import fr.mesinfos.events.platform.PersonErasure;
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
        CATEGORIES_ONLY("categories-only");

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

    /**
     * Applies one erasure (already decoded and checked by the shared follower); returns once the links are deleted,
     * so the caller may then commit the offset. Throws when the database fails: the record must be read again.
     * Never logs the person id.
     */
    public Outcome apply(PersonErasure erasure) {
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
}
