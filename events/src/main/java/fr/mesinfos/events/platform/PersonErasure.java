package fr.mesinfos.events.platform;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import fr.mesinfos.events.CategoryCatalog;

/**
 * Announced on {@code vault.erasure.v1} (keyed by person id) once the vault erased a person's data: connectors drop
 * the person's account links when the scope is ALL, the consent service withdraws the consents covering the erased
 * categories and tells the apps. Consumers deduplicate by {@code erasureId}.
 */
public record PersonErasure(String erasureId, String personId, ErasureScope scope, List<String> categories, Instant requestedAt) {

    public PersonErasure {
        Objects.requireNonNull(erasureId, "erasureId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(requestedAt, "requestedAt");
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories must not be empty");
        }
        for (String category : categories) {
            if (CategoryCatalog.byId(category).isEmpty()) {
                throw new IllegalArgumentException("unknown category " + category);
            }
        }
    }

    /** True when the erasure covers this category. */
    public boolean covers(String category) {
        return categories.contains(category);
    }
}
