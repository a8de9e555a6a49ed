package fr.mesinfos.events;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Looks categories up by id, topic, CloudEvents type, source or payload type; the catalog itself is {@link Category}. */
public final class CategoryCatalog {
    private static final List<Category> ALL = List.of(Category.values());

    private CategoryCatalog() {
    }

    public static List<Category> all() {
        return ALL;
    }

    /** By id, e.g. {@code edf.load-curve}. */
    public static Optional<Category> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** By Kafka topic, e.g. {@code partner.edf.load-curve.v1}. */
    public static Optional<Category> byTopic(String topic) {
        return ALL.stream().filter(c -> c.topic().equals(topic)).findFirst();
    }

    /** By CloudEvents type, e.g. {@code fr.mesinfos.edf.load-curve.v1}. */
    public static Optional<Category> byType(String type) {
        return ALL.stream().filter(c -> c.type().equals(type)).findFirst();
    }

    public static Optional<Category> byDataSchema(URI dataSchema) {
        return ALL.stream().filter(c -> c.dataSchema().equals(dataSchema)).findFirst();
    }

    public static List<Category> forSource(Source source) {
        return ALL.stream().filter(c -> c.source() == source).toList();
    }

    /** The category whose payload type this is. */
    public static Optional<Category> forPayloadType(Class<?> payloadType) {
        return ALL.stream().filter(c -> c.payloadType().equals(payloadType)).findFirst();
    }

    /** The category of a payload; throws if the payload type is not in the catalog. */
    public static Category of(CategoryPayload payload) {
        return forPayloadType(payload.getClass()).orElseThrow(() -> new IllegalArgumentException(
                "no category for payload type " + payload.getClass().getName()));
    }

    /** Ids, for messages and configuration checks. */
    public static List<String> ids() {
        return Arrays.stream(Category.values()).map(Category::id).toList();
    }
}
