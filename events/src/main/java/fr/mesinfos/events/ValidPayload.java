package fr.mesinfos.events;

/**
 * A payload that passed its schema and its consistency rules, with its JSON: only
 * {@link PayloadValidator#check(CategoryPayload)} makes one, so an event built from it needs no second validation.
 */
public final class ValidPayload {
    private final Category category;
    private final CategoryPayload payload;
    private final byte[] json;

    ValidPayload(Category category, CategoryPayload payload, byte[] json) {
        this.category = category;
        this.payload = payload;
        this.json = json;
    }

    public Category category() {
        return category;
    }

    public CategoryPayload payload() {
        return payload;
    }

    /** The payload's JSON (the event's data). */
    byte[] json() {
        return json;
    }
}
