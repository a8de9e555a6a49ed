package fr.mesinfos.vault.store;

import java.util.Date;

import org.bson.Document;
import org.bson.types.Binary;

import fr.mesinfos.events.DecodedEvent;
import fr.mesinfos.vault.summary.VaultRecords;

/** How one partner event is kept in the vault: keyed by its event id, so a redelivered event is stored once. */
final class StoredRecord {
    static final String PAYLOAD = "payload";
    static final String STORED_AT = "storedAt";

    private StoredRecord() {
    }

    /** The record with its payload already sealed under the person's key (metadata stay clear for the queries). */
    static Document of(DecodedEvent<?> event, Date storedAt, byte[] sealedPayload) {
        return new Document("_id", event.id().toString())
                .append(VaultRecords.PERSON, event.personId().orElseThrow())
                .append(VaultRecords.CATEGORY, event.category().id())
                .append(VaultRecords.SOURCE, event.category().source().id())
                .append(VaultRecords.TIME, Date.from(event.occurredAt()))
                .append(PAYLOAD, new Binary(sealedPayload))
                .append(STORED_AT, storedAt);
    }
}
