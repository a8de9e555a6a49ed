package fr.mesinfos.vault.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import fr.mesinfos.events.platform.DeliveryCount;
import fr.mesinfos.vault.read.Order;
import fr.mesinfos.vault.read.Position;
import io.quarkus.runtime.StartupEvent;

/**
 * The record of every access an app had to a person's data (collection {@code access_log}): written before the data
 * leaves the vault, listed to the person newest first. Kept after an erasure: it holds no payload, and it is the
 * person's evidence of who received what.
 */
@ApplicationScoped
public class AccessLog {
    public static final String COLLECTION = "access_log";
    private static final String PERSON = "personId";
    private static final String AT = "at";

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    void createIndexes(@Observes StartupEvent started) {
        entries().createIndex(Indexes.ascending(PERSON, AT, "_id"));
    }

    /** Records the access; throws if MongoDB did not acknowledge it, so the data is not handed out unlogged. */
    public AccessEntry record(String personId, String appId, String category, AccessKind kind, long records, String consentId) {
        AccessEntry entry = new AccessEntry(UUID.randomUUID().toString(), Instant.now(), appId, category, kind, records, consentId);
        entries().insertOne(new Document("_id", entry.id()).append(PERSON, personId).append(AT, Date.from(entry.at()))
                .append("appId", appId).append("category", category).append("kind", kind.name())
                .append("records", records).append("consentId", consentId));
        return entry;
    }

    /** Records the gate's deliveries once: the count id is the entry id, so a redelivered count is a duplicate. */
    public boolean recordDeliveries(DeliveryCount count) {
        try {
            entries().insertOne(new Document("_id", count.countId()).append(PERSON, count.personId())
                    .append(AT, Date.from(count.lastDeliveredAt())).append("appId", count.appId()).append("category", count.category())
                    .append("kind", AccessKind.DELIVERY.name()).append("records", count.deliveries()).append("consentId", count.consentId()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** The person's entries, newest first, after the position of a previous page. */
    public List<AccessEntry> list(String personId, Optional<Position> after, int limit) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq(PERSON, personId)));
        after.ifPresent(position -> {
            Date at = Date.from(position.time());
            conditions.add(Filters.or(Filters.lt(AT, at), Filters.and(Filters.eq(AT, at), Filters.lt("_id", position.eventId()))));
        });
        List<AccessEntry> found = new ArrayList<>();
        for (Document document : entries().find(Filters.and(conditions)).sort(Sorts.descending(AT, "_id")).limit(limit)) {
            found.add(new AccessEntry(document.getString("_id"), document.getDate(AT).toInstant(), document.getString("appId"),
                    document.getString("category"), AccessKind.valueOf(document.getString("kind")),
                    ((Number) document.get("records")).longValue(), document.getString("consentId")));
        }
        return found;
    }

    /** The cursor that continues after this entry. */
    public static String cursorAfter(AccessEntry entry) {
        return new Position(Order.NEWEST, entry.at(), entry.id()).cursor();
    }

    private MongoCollection<Document> entries() {
        return mongo.getDatabase(database).getCollection(COLLECTION);
    }
}
