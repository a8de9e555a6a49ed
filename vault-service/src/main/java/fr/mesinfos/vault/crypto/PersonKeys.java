package fr.mesinfos.vault.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.Binary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

import fr.mesinfos.events.Category;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;

/**
 * Each person's data keys (AES-256), one per category they hold, stored only wrapped by the master key from
 * configuration (a Kubernetes Secret in production): deleting a person's key documents makes every copy of those
 * payloads unreadable, backups included; a key per category lets a person erase one category the same way.
 */
@ApplicationScoped
public class PersonKeys {
    public static final String COLLECTION = "person_keys";
    public static final String PERSON = "personId";
    private static final String CATEGORY = "category";
    private static final String WRAPPED = "wrappedKey";

    @Inject
    ReactiveMongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @ConfigProperty(name = "mesinfos.vault.master-key")
    String masterKeyBase64;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    void createIndexes(@Observes StartupEvent started) {
        keys().createIndex(Indexes.ascending(PERSON)).await().indefinitely();
    }

    /** The person's key for a category, created (and wrapped, and stored) with their first record of it. */
    public byte[] keyOf(String personId, Category category) {
        String id = id(personId, category);
        return cache.computeIfAbsent(id, key -> find(id).orElseGet(() -> create(personId, category)));
    }

    /** The person's key for a category if it still exists (erased: none). */
    public Optional<byte[]> existingKeyOf(String personId, Category category) {
        String id = id(personId, category);
        byte[] cached = cache.get(id);
        return cached != null ? Optional.of(cached) : find(id);
    }

    /** Destroys the person's key of one category: its payloads can no longer be decrypted. */
    public void erase(String personId, Category category) {
        String id = id(personId, category);
        cache.remove(id);
        keys().deleteOne(Filters.eq("_id", id)).await().indefinitely();
    }

    /** Destroys every key of the person: none of their payloads can be decrypted any more. */
    public long eraseAll(String personId) {
        cache.keySet().removeIf(id -> id.startsWith(personId + "|"));
        return keys().deleteMany(Filters.eq(PERSON, personId)).await().indefinitely().getDeletedCount();
    }

    private Optional<byte[]> find(String id) {
        Document found = keys().find(Filters.eq("_id", id)).collect().first().await().indefinitely();
        if (found == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Aes256Gcm.decrypt(masterKey(), found.get(WRAPPED, Binary.class).getData(), context(id)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a data key cannot be unwrapped: wrong master key?", e);
        }
    }

    private byte[] create(String personId, Category category) {
        String id = id(personId, category);
        byte[] key = Aes256Gcm.newKey();
        Document document = new Document("_id", id)
                .append(PERSON, personId)
                .append(CATEGORY, category.id())
                .append(WRAPPED, new Binary(Aes256Gcm.encrypt(masterKey(), key, context(id))))
                .append("createdAt", new Date());
        try {
            keys().insertOne(document).await().indefinitely();
            return key;
        } catch (MongoWriteException e) {
            // another replica created it first: use theirs
            return find(id).orElseThrow(() -> e);
        }
    }

    private byte[] masterKey() {
        byte[] key = Base64.getDecoder().decode(masterKeyBase64.trim());
        if (key.length != Aes256Gcm.KEY_BYTES) {
            throw new IllegalStateException("mesinfos.vault.master-key must be 32 bytes, base64-encoded");
        }
        return key;
    }

    private static String id(String personId, Category category) {
        return personId + "|" + category.id();
    }

    private static byte[] context(String id) {
        return ("mesinfos-person-key:" + id).getBytes(StandardCharsets.UTF_8);
    }

    private ReactiveMongoCollection<Document> keys() {
        return mongo.getDatabase(database).getCollection(COLLECTION);
    }
}
