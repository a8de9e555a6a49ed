package fr.mesinfos.events;

import java.time.Instant;
import java.util.List;

/** What every canonical payload knows about itself: its natural key, when its fact happened, and its cross-field rules. */
public interface CategoryPayload {

    /**
     * The natural key parts, in the order {@link Category#naturalKeyFields()} documents; the deterministic event id is
     * derived from them, so a re-sent record is the same event.
     */
    List<String> naturalKey();

    /** When the fact happened (a date-only fact happens at the start of its day in Europe/Paris): the CloudEvents time. */
    Instant occurredAt();

    /** Rules a JSON Schema cannot express (e.g. end = start + interval length); empty when the payload is consistent. */
    default List<Violation> consistencyViolations() {
        return List.of();
    }
}
