package fr.mesinfos.events;

import java.util.Objects;

/**
 * One reason a payload is invalid: the JSON pointer of the field ({@code /usagePointId}, {@code /address/postcode},
 * {@code ""} for the payload itself) and what is wrong with it. Reasons never repeat the offending value, so a
 * violation can be logged without leaking personal data.
 */
public record Violation(String field, String reason) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return (field.isEmpty() ? "(payload)" : field) + ": " + reason;
    }
}
