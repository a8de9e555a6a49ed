package fr.mesinfos.vault.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.mesinfos.events.Category;

/** Seals a payload under its person's key for its category, bound to that person and event, and opens it while the key exists. */
@ApplicationScoped
public class PayloadCipher {

    @Inject
    PersonKeys keys;

    public byte[] seal(String personId, Category category, String eventId, byte[] payload) {
        return Aes256Gcm.encrypt(keys.keyOf(personId, category), payload, context(personId, eventId));
    }

    /** The payload, or empty when the person's key for the category was erased. */
    public Optional<byte[]> open(String personId, Category category, String eventId, byte[] sealed) {
        Optional<byte[]> key = keys.existingKeyOf(personId, category);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Aes256Gcm.decrypt(key.get(), sealed, context(personId, eventId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored payload does not open with its person's key", e);
        }
    }

    private static byte[] context(String personId, String eventId) {
        return (personId + "/" + eventId).getBytes(StandardCharsets.UTF_8);
    }
}
