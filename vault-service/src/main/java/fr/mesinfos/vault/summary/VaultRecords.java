package fr.mesinfos.vault.summary;

import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Observes;

/**
 * The vault's records collection: one document per event, keyed by event id, always queried by person id first
 * (the shard key), so one person's reads never touch another's documents.
 */
@ApplicationScoped
public class VaultRecords {
    public static final String COLLECTION = "records";
    public static final String PERSON = "personId";
    public static final String CATEGORY = "category";
    public static final String SOURCE = "source";
    public static final String TIME = "time";
    public static final String PAYLOAD = "payload";
    public static final String STORED_AT = "storedAt";

    @Inject
    ReactiveMongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    void createIndexes(@Observes StartupEvent started) {
        // the person's queries: one category, a time range, in time order with the event id as tie-break (cursor paging)
        collection().createIndex(Indexes.ascending(PERSON, CATEGORY, TIME, "_id")).await().indefinitely();
    }

    public ReactiveMongoCollection<Document> collection() {
        return mongo.getDatabase(database).getCollection(COLLECTION);
    }

    /** Count, first and last time and source of each category the person holds, sorted by category. */
    public Uni<List<CategorySummary>> summarize(String personId) {
        return collection().aggregate(List.of(
                        Aggregates.match(Filters.eq(PERSON, personId)),
                        Aggregates.group("$" + CATEGORY,
                                Accumulators.sum("count", 1),
                                Accumulators.min("first", "$" + TIME),
                                Accumulators.max("last", "$" + TIME),
                                Accumulators.first(SOURCE, "$" + SOURCE)),
                        Aggregates.sort(Sorts.ascending("_id"))))
                .map(VaultRecords::toSummary)
                .collect().asList();
    }

    private static CategorySummary toSummary(Document group) {
        return new CategorySummary(group.getString("_id"), group.getString(SOURCE),
                ((Number) group.get("count")).longValue(),
                group.get("first", Date.class).toInstant(), group.get("last", Date.class).toInstant());
    }
}
