package fr.mesinfos.support.catalog;

import java.net.URI;
import java.util.Map;

import fr.mesinfos.events.Category;

/** How a catalog category is shown to API clients (partners, app developers, persons): the same shape everywhere. */
public record CategoryDescription(String id, String source, String topic, String type, URI dataSchema,
        Map<String, String> displayName, String sensitivity, String retention) {

    public static CategoryDescription of(Category category) {
        return new CategoryDescription(category.id(), category.source().id(), category.topic(), category.type(),
                category.dataSchema(), Map.of("fr", category.displayNameFr(), "en", category.displayNameEn()),
                category.sensitivity().name(), category.retention().toString());
    }
}
