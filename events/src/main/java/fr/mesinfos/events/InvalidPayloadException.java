package fr.mesinfos.events;

import java.util.List;

/** Thrown when a payload does not satisfy its category's schema; carries every violation, not only the first. */
public class InvalidPayloadException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Category category;
    private final transient List<Violation> violations;

    public InvalidPayloadException(Category category, List<Violation> violations) {
        super("invalid " + category.id() + " payload: " + violations);
        this.category = category;
        this.violations = List.copyOf(violations);
    }

    public Category category() {
        return category;
    }

    public List<Violation> violations() {
        return violations;
    }
}
