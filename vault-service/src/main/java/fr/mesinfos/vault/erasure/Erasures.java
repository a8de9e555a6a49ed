package fr.mesinfos.vault.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import fr.mesinfos.events.platform.ErasureScope;
import fr.mesinfos.events.platform.PersonErasure;
import io.quarkus.runtime.StartupEvent;

/**
 * The erasures collection: each erasure is written here first (the intent, PENDING), then its steps are recorded as
 * they are done, so that a crash at any point leaves a pending erasure the processor finishes, never a half-erasure
 * nobody knows about. It doubles as the outbox of the erasure event and as the person's receipts.
 */
@ApplicationScoped
public class Erasures {
    public static final String COLLECTION = "erasures";
    static final String PERSON = "personId";
    private static final String SCOPE = "scope";
    private static final String CATEGORIES = "categories";
    private static final String REQUESTED_AT = "requestedAt";
    private static final String STATUS = "status";
    private static final String ERASED = "erasedRecords";
    private static final String ANNOUNCED_AT = "announcedAt";
    private static final String COMPLETED_AT = "completedAt";

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    void createIndexes(@Observes StartupEvent started) {
        erasures().createIndex(Indexes.ascending(PERSON, REQUESTED_AT));
        erasures().createIndex(Indexes.ascending(STATUS));
    }

    void insert(PersonErasure erasure) {
        erasures().insertOne(new Document("_id", erasure.erasureId()).append(PERSON, erasure.personId())
                .append(SCOPE, erasure.scope().name()).append(CATEGORIES, erasure.categories())
                .append(REQUESTED_AT, Date.from(erasure.requestedAt())).append(STATUS, ErasureReceipt.Status.PENDING.name()));
    }

    /** Records the counts about to be erased, once: a redone step keeps the first, true counts. */
    void planCounts(String erasureId, Map<String, Long> counts) {
        erasures().updateOne(Filters.and(Filters.eq("_id", erasureId), Filters.exists(ERASED, false)),
                Updates.set(ERASED, new Document(new LinkedHashMap<>(counts))));
    }

    void markAnnounced(String erasureId) {
        erasures().updateOne(Filters.eq("_id", erasureId), Updates.set(ANNOUNCED_AT, new Date()));
    }

    void markCompleted(String erasureId) {
        erasures().updateOne(Filters.eq("_id", erasureId),
                Updates.combine(Updates.set(STATUS, ErasureReceipt.Status.COMPLETED.name()), Updates.set(COMPLETED_AT, new Date())));
    }

    Optional<Document> find(String erasureId) {
        return Optional.ofNullable(erasures().find(Filters.eq("_id", erasureId)).first());
    }

    /** The person's receipt, only if the erasure is theirs. */
    public Optional<ErasureReceipt> receipt(String personId, String erasureId) {
        return Optional.ofNullable(erasures().find(Filters.and(Filters.eq("_id", erasureId), Filters.eq(PERSON, personId))).first())
                .map(Erasures::toReceipt);
    }

    public List<ErasureReceipt> receipts(String personId) {
        List<ErasureReceipt> receipts = new ArrayList<>();
        for (Document document : erasures().find(Filters.eq(PERSON, personId)).sort(Sorts.descending(REQUESTED_AT))) {
            receipts.add(toReceipt(document));
        }
        return receipts;
    }

    /** Erasures not completed, requested before the given instant (to finish after a crash). */
    List<String> pendingBefore(Instant before) {
        List<String> ids = new ArrayList<>();
        for (Document document : erasures().find(Filters.and(Filters.eq(STATUS, ErasureReceipt.Status.PENDING.name()),
                Filters.lt(REQUESTED_AT, Date.from(before))))) {
            ids.add(document.getString("_id"));
        }
        return ids;
    }

    /** Every erasure of these persons, as the events they announce (for the stream's guard). */
    List<PersonErasure> ofPersons(Collection<String> personIds) {
        List<PersonErasure> found = new ArrayList<>();
        for (Document document : erasures().find(Filters.in(PERSON, personIds))) {
            found.add(toEvent(document));
        }
        return found;
    }

    static PersonErasure toEvent(Document document) {
        return new PersonErasure(document.getString("_id"), document.getString(PERSON), ErasureScope.valueOf(document.getString(SCOPE)),
                document.getList(CATEGORIES, String.class), document.getDate(REQUESTED_AT).toInstant());
    }

    private static ErasureReceipt toReceipt(Document document) {
        Document erased = document.get(ERASED, Document.class);
        Map<String, Long> counts = null;
        if (erased != null) {
            counts = new LinkedHashMap<>();
            for (String key : erased.keySet()) {
                counts.put(key, ((Number) erased.get(key)).longValue());
            }
        }
        ErasureReceipt.Status status = ErasureReceipt.Status.valueOf(document.getString(STATUS));
        boolean completed = status == ErasureReceipt.Status.COMPLETED;
        return new ErasureReceipt(document.getString("_id"), document.getString(SCOPE), document.getList(CATEGORIES, String.class),
                status, document.getDate(REQUESTED_AT).toInstant(), counts, completed,
                instant(document.getDate(ANNOUNCED_AT)), instant(document.getDate(COMPLETED_AT)), ErasureReceipt.NOTICE);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private MongoCollection<Document> erasures() {
        return mongo.getDatabase(database).getCollection(COLLECTION);
    }
}
