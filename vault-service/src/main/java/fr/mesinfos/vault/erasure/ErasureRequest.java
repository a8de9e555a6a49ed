package fr.mesinfos.vault.erasure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.platform.ErasureScope;
import fr.mesinfos.support.problem.ProblemException;

/** What a person asks to erase: {"scope":"ALL"}, or {"scope":"CATEGORIES","categories":["orange.geolocation"]}. */
public record ErasureRequest(String scope, List<String> categories) {

    /** The scope, checked; a wrong field is a 400 naming it and nothing is erased. */
    public ErasureScope checkedScope() {
        if (scope == null || scope.isBlank()) {
            throw ProblemException.invalidParameter("scope", "is required: ALL or CATEGORIES");
        }
        try {
            return ErasureScope.valueOf(scope.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("scope", "must be ALL or CATEGORIES");
        }
    }

    /** The categories the request covers: every partner category for ALL, the listed ones (checked) otherwise. */
    public List<Category> checkedCategories() {
        if (checkedScope() == ErasureScope.ALL) {
            if (categories != null && !categories.isEmpty()) {
                throw ProblemException.invalidParameter("categories", "must be absent when scope is ALL (ALL erases every category)");
            }
            return CategoryCatalog.all().stream().filter(category -> category.source().isPartner()).toList();
        }
        if (categories == null || categories.isEmpty()) {
            throw ProblemException.invalidParameter("categories", "must list at least one category when scope is CATEGORIES");
        }
        List<Category> checked = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            String id = categories.get(i);
            final int index = i;
            Category category = CategoryCatalog.byId(id == null ? "" : id).filter(c -> c.source().isPartner())
                    .orElseThrow(() -> ProblemException.invalidParameter("categories[" + index + "]",
                            "is not a category the vault keeps (see GET /api/v1/me/summary)"));
            checked.add(category);
        }
        return List.copyOf(new LinkedHashSet<>(checked));
    }
}
