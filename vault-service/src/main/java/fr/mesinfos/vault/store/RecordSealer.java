package fr.mesinfos.vault.store;

import java.time.Instant;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.Binary;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.vault.crypto.PayloadCipher;
import fr.mesinfos.vault.summary.VaultRecords;

/**
 * How one partner event is kept in the vault: keyed by its event id (so a redelivered event is stored once), the
 * metadata the queries need in clear, the payload sealed under the person's key.
 */
@ApplicationScoped
public class RecordSealer {

    @Inject
    PayloadCipher cipher;

    public Document seal(String personId, Category category, String eventId, Instant time, byte[] payloadJson, Date storedAt) {
        return new Document("_id", eventId)
                .append(VaultRecords.PERSON, personId)
                .append(VaultRecords.CATEGORY, category.id())
                .append(VaultRecords.SOURCE, category.source().id())
                .append(VaultRecords.TIME, Date.from(time))
                .append(VaultRecords.PAYLOAD, new Binary(cipher.seal(personId, category, eventId, payloadJson)))
                .append(VaultRecords.STORED_AT, storedAt);
    }

    /** The document of a payload, with the id and time the catalog derives from it. */
    public Document seal(String personId, CategoryPayload payload, Date storedAt) {
        Category category = CategoryCatalog.of(payload);
        return seal(personId, category, category.eventId(payload).toString(), payload.occurredAt(), EventJson.toBytes(payload), storedAt);
    }
}
