package fr.mesinfos.connector.ingest;

import java.util.Objects;

import fr.mesinfos.events.CategoryPayload;

/** One canonical payload mapped from a partner record, with the partner account it belongs to (normalized). */
public record Mapped(String account, CategoryPayload payload) {
    public Mapped {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(payload, "payload");
    }
}
