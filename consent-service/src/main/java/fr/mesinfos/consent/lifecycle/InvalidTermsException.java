package fr.mesinfos.consent.lifecycle;

/** Terms a consent cannot have (unknown category, widening, over 12 months...): names the field and why. */
public class InvalidTermsException extends RuntimeException {
    private final String field;
    private final String reason;

    public InvalidTermsException(String field, String reason) {
        super(field + ": " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
