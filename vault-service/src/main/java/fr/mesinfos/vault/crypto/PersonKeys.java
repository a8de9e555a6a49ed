package fr.mesinfos.vault.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.Binary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;

/**
 * Each person's data key (AES-256), stored only wrapped by the master key from configuration (a Kubernetes Secret in
 * production): deleting a person's key document makes every copy of their payloads unreadable, backups included.
 */
@ApplicationScoped
public class PersonKeys {
    public static final String COLLECTION = "person_keys";
    private static final String WRAPPED = "wrappedKey";

    @Inject
    ReactiveMongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @ConfigProperty(name = "mesinfos.vault.master-key")
    String masterKeyBase64;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** The person's data key, created (and wrapped, and stored) on their first record. */
    public byte[] keyOf(String personId) {
        return cache.computeIfAbsent(personId, id -> find(id).orElseGet(() -> create(id)));
    }

    /** The person's key if they still have one (an erased person has none). */
    public Optional<byte[]> existingKeyOf(String personId) {
        byte[] cached = cache.get(personId);
        return cached != null ? Optional.of(cached) : find(personId);
    }

    /** Forgets the person's key here and in MongoDB: their payloads can no longer be decrypted. */
    public void erase(String personId) {
        cache.remove(personId);
        keys().deleteOne(Filters.eq("_id", personId)).await().indefinitely();
    }

    private Optional<byte[]> find(String personId) {
        Document found = keys().find(Filters.eq("_id", personId)).collect().first().await().indefinitely();
        if (found == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Aes256Gcm.decrypt(masterKey(), found.get(WRAPPED, Binary.class).getData(), context(personId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the data key of a person cannot be unwrapped: wrong master key?", e);
        }
    }

    private byte[] create(String personId) {
        byte[] key = Aes256Gcm.newKey();
        Document document = new Document("_id", personId)
                .append(WRAPPED, new Binary(Aes256Gcm.encrypt(masterKey(), key, context(personId))))
                .append("createdAt", new Date());
        try {
            keys().insertOne(document).await().indefinitely();
            return key;
        } catch (MongoWriteException e) {
            // another replica created it first: use theirs
            return find(personId).orElseThrow(() -> e);
        }
    }

    private byte[] masterKey() {
        byte[] key = Base64.getDecoder().decode(masterKeyBase64.trim());
        if (key.length != Aes256Gcm.KEY_BYTES) {
            throw new IllegalStateException("mesinfos.vault.master-key must be 32 bytes, base64-encoded");
        }
        return key;
    }

    private static byte[] context(String personId) {
        return ("mesinfos-person-key:" + personId).getBytes(StandardCharsets.UTF_8);
    }

    private ReactiveMongoCollection<Document> keys() {
        return mongo.getDatabase(database).getCollection(COLLECTION);
    }
}
