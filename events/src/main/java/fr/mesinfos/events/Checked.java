package fr.mesinfos.events;

import java.util.List;

/** What checking one typed payload gave: every violation, or the valid payload ready to become an event. */
public record Checked(Category category, List<Violation> violations, ValidPayload valid) {

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** The valid payload; throws {@link InvalidPayloadException} listing every violation otherwise. */
    public ValidPayload require() {
        if (!isValid()) {
            throw new InvalidPayloadException(category, violations);
        }
        return valid;
    }
}
