package fr.mesinfos.events;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Deterministic event ids: a name-based UUID (version 5, SHA-1, RFC 9562) of (source, category, natural key parts), so
 * a re-sent record is the same event in every JVM and the vault stores it once.
 *
 * <p>The name is each element as a netstring ({@code <UTF-8 byte length>:<bytes>,}), so no separator can be confused
 * with content: ("a|b", "c") and ("a", "b|c") give different ids.
 */
public final class EventIds {
    /** The MesInfos namespace: UUID v5 of the URL namespace and {@code https://schemas.mesinfos.fr/events}. Never change it. */
    public static final UUID NAMESPACE = UUID.fromString("cd7ee8b8-c729-5e57-b691-69a08ea6c848");

    private EventIds() {
    }

    /** Id of a fact of a category; the source must be the category's. */
    public static UUID of(Source source, Category category, String... naturalKeyParts) {
        if (category.source() != source) {
            throw new IllegalArgumentException(category.id() + " belongs to " + category.source().id() + ", not " + source.id());
        }
        return of(source, category.id(), naturalKeyParts);
    }

    public static UUID of(Category category, List<String> naturalKeyParts) {
        return of(category.source(), category.id(), naturalKeyParts.toArray(String[]::new));
    }

    /** Id from a category id; a category id the catalog knows must belong to the source. */
    public static UUID of(Source source, String categoryId, String... naturalKeyParts) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(categoryId, "categoryId");
        CategoryCatalog.byId(categoryId).filter(c -> c.source() != source).ifPresent(c -> {
            throw new IllegalArgumentException(categoryId + " belongs to " + c.source().id() + ", not " + source.id());
        });
        if (naturalKeyParts.length == 0) {
            throw new IllegalArgumentException("a natural key needs at least one part");
        }
        String[] elements = new String[naturalKeyParts.length + 2];
        elements[0] = source.id();
        elements[1] = categoryId;
        for (int i = 0; i < naturalKeyParts.length; i++) {
            elements[i + 2] = Objects.requireNonNull(naturalKeyParts[i], "natural key part " + i + " of " + categoryId);
        }
        return nameBased(NAMESPACE, name(elements));
    }

    /** The unambiguous name: every element as a netstring. */
    static byte[] name(String... elements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String element : elements) {
            byte[] bytes = element.getBytes(StandardCharsets.UTF_8);
            out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
            out.write(',');
        }
        return out.toByteArray();
    }

    /** RFC 9562 version 5 UUID: SHA-1 of namespace bytes + name, version and variant bits set. */
    static UUID nameBased(UUID namespace, byte[] name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
