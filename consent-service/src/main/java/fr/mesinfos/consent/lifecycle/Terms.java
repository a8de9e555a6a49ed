package fr.mesinfos.consent.lifecycle;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;

/**
 * What a consent version allows: partner categories, a DPV purpose with its French and English wording, the access
 * period length (at most 12 months), the data period (either end open) and whether it is one-off. Checked once here,
 * whoever proposes it, so no invalid terms ever reach the database.
 */
public record Terms(List<String> categories, String purposeCode, String purposeTextFr, String purposeTextEn,
        int accessDays, Instant dataFrom, Instant dataTo, boolean oneOff) {

    /** CS-EX-1: every consent ends, at most 12 months after it was granted or amended. */
    public static final int MAX_ACCESS_DAYS = 365;
    public static final int MAX_PURPOSE_TEXT = 2000;

    public Terms {
        categories = categories == null ? null : List.copyOf(categories);
    }

    /** The same terms if valid; throws {@link InvalidTermsException} naming the first wrong field otherwise. */
    public Terms validated() {
        if (categories == null || categories.isEmpty()) {
            throw new InvalidTermsException("categories", "at least one category is required");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String id = categories.get(i);
            if (id == null || CategoryCatalog.byId(id).filter(c -> c.source().isPartner()).isEmpty()) {
                throw new InvalidTermsException("categories[" + i + "]", "not a partner category of the catalog (GET /api/v1/catalog)");
            }
            if (!seen.add(id)) {
                throw new InvalidTermsException("categories[" + i + "]", "listed twice");
            }
        }
        if (purposeCode == null || Purpose.byCode(purposeCode).isEmpty()) {
            throw new InvalidTermsException("purpose.code", "not one of " + Purpose.codes());
        }
        requireText("purpose.textFr", purposeTextFr);
        requireText("purpose.textEn", purposeTextEn);
        if (accessDays < 1 || accessDays > MAX_ACCESS_DAYS) {
            throw new InvalidTermsException("accessDays", "must be between 1 and " + MAX_ACCESS_DAYS + " (12 months at most)");
        }
        if (dataFrom != null && dataTo != null && !dataTo.isAfter(dataFrom)) {
            throw new InvalidTermsException("dataTo", "must be after dataFrom");
        }
        return this;
    }

    /**
     * The terms the person grants: these, narrowed by their choice (a subset of categories, a shorter access, a
     * narrower data period), never wider. An absent choice keeps what was asked.
     */
    public Terms narrowedBy(Narrowing narrowing) {
        if (narrowing == null) {
            return this;
        }
        List<String> granted = categories;
        if (narrowing.categories() != null) {
            if (narrowing.categories().isEmpty()) {
                throw new InvalidTermsException("categories", "keep at least one category, or refuse the request");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < narrowing.categories().size(); i++) {
                String id = narrowing.categories().get(i);
                if (!categories.contains(id)) {
                    throw new InvalidTermsException("categories[" + i + "]", "not among the categories asked for: a grant can only narrow the request");
                }
                if (!seen.add(id)) {
                    throw new InvalidTermsException("categories[" + i + "]", "listed twice");
                }
            }
            granted = narrowing.categories();
        }
        int days = accessDays;
        if (narrowing.accessDays() != null) {
            if (narrowing.accessDays() > accessDays) {
                throw new InvalidTermsException("accessDays", "longer than the " + accessDays + " days asked for: a grant can only shorten it");
            }
            if (narrowing.accessDays() < 1) {
                throw new InvalidTermsException("accessDays", "must be at least 1");
            }
            days = narrowing.accessDays();
        }
        Instant from = dataFrom;
        if (narrowing.dataFrom() != null) {
            if (dataFrom != null && narrowing.dataFrom().isBefore(dataFrom)) {
                throw new InvalidTermsException("dataFrom", "earlier than the data period asked for: a grant can only narrow it");
            }
            from = narrowing.dataFrom();
        }
        Instant to = dataTo;
        if (narrowing.dataTo() != null) {
            if (dataTo != null && narrowing.dataTo().isAfter(dataTo)) {
                throw new InvalidTermsException("dataTo", "later than the data period asked for: a grant can only narrow it");
            }
            to = narrowing.dataTo();
        }
        return new Terms(granted, purposeCode, purposeTextFr, purposeTextEn, days, from, to, oneOff).validated();
    }

    /** The catalog categories, in the order of the terms. */
    public List<Category> catalogCategories() {
        return categories.stream().map(id -> CategoryCatalog.byId(id).orElseThrow()).toList();
    }

    public Purpose purpose() {
        return Purpose.byCode(purposeCode).orElseThrow();
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTermsException(field, "required: the purpose in plain words");
        }
        if (text.length() > MAX_PURPOSE_TEXT) {
            throw new InvalidTermsException(field, "at most " + MAX_PURPOSE_TEXT + " characters");
        }
    }
}
