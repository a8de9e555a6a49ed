package fr.mesinfos.vault.store;

import java.util.Date;

import org.bson.Document;

import fr.mesinfos.events.DecodedEvent;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.vault.summary.VaultRecords;

/** How one partner event is kept in the vault: keyed by its event id, so a redelivered event is stored once. */
final class StoredRecord {
    static final String PAYLOAD = "payload";
    static final String STORED_AT = "storedAt";

    private StoredRecord() {
    }

    static Document of(DecodedEvent<?> event, Date storedAt) {
        return new Document("_id", event.id().toString())
                .append(VaultRecords.PERSON, event.personId().orElseThrow())
                .append(VaultRecords.CATEGORY, event.category().id())
                .append(VaultRecords.SOURCE, event.category().source().id())
                .append(VaultRecords.TIME, Date.from(event.occurredAt()))
                .append(PAYLOAD, Document.parse(new String(EventJson.toBytes(event.payload()), java.nio.charset.StandardCharsets.UTF_8)))
                .append(STORED_AT, storedAt);
    }
}
