package fr.mesinfos.consent.outbox;

import java.time.Instant;

import fr.mesinfos.events.platform.PersonConsents;
import io.smallrye.mutiny.Uni;

/** Where the relay reads a person's current consents from (the lifecycle), without depending on it. */
public interface PersonConsentsSource {
    Uni<PersonConsents> of(String personId, Instant now);
}
