package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.edf.link.PrmAccountFormat;
import fr.mesinfos.connector.ingest.RecordErrors;

/**
 * Strict readers of the fields of one partner record, written once for every EDF format: each returns the value, or
 * null after reporting to the record's errors (JSON pointer of the field, a reason that never repeats the value).
 * Shared rules, documented in the README: a missing field and a JSON null are the same (absent); an empty string is
 * absent for an optional field and refused for a required one.
 */
final class Fields {
    static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final RecordErrors errors;
    private final PrmAccountFormat prmFormat = new PrmAccountFormat();

    Fields(RecordErrors errors) {
        this.errors = errors;
    }

    static String at(String pointer, String name) {
        return pointer + "/" + name;
    }

    static String at(String pointer, int index) {
        return pointer + "/" + index;
    }

    void error(String pointer, String reason) {
        errors.add(pointer, reason);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    JsonNode object(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            if (required) {
                error(at(pointer, name), "is required");
            }
            return null;
        }
        if (!node.isObject()) {
            error(at(pointer, name), "must be a JSON object");
            return null;
        }
        return node;
    }

    /** A required array with at least one item. */
    JsonNode nonEmptyArray(JsonNode parent, String pointer, String name) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            error(at(pointer, name), "is required");
            return null;
        }
        if (!node.isArray()) {
            error(at(pointer, name), "must be a JSON array");
            return null;
        }
        if (node.isEmpty()) {
            error(at(pointer, name), "must hold at least one item");
            return null;
        }
        return node;
    }

    String text(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            if (required) {
                error(at(pointer, name), "is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            error(at(pointer, name), "must be a JSON string");
            return null;
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            if (required) {
                error(at(pointer, name), "must not be empty");
            }
            return null;
        }
        return value;
    }

    /** A string of digits (customer, contract, invoice numbers), leading zeros kept. */
    String digits(JsonNode parent, String pointer, String name, boolean required, int min, int max) {
        String value = text(parent, pointer, name, required);
        if (value != null && !value.matches("[0-9]{" + min + "," + max + "}")) {
            error(at(pointer, name), "must be " + min + " to " + max + " digits");
            return null;
        }
        return value;
    }

    /** The account: a PRM, normalized by {@link PrmAccountFormat}. */
    String prm(JsonNode parent, String pointer, String name) {
        String value = text(parent, pointer, name, true);
        if (value == null) {
            return null;
        }
        var normalized = prmFormat.normalize(value);
        if (normalized.isEmpty()) {
            error(at(pointer, name), prmFormat.refusal(value));
            return null;
        }
        return normalized.get();
    }

    LocalDate date(JsonNode parent, String pointer, String name, boolean required) {
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        return parseDate(value, at(pointer, name));
    }

    LocalDate parseDate(String value, String pointer) {
        if (!DATE.matcher(value).matches()) {
            error(pointer, "must be a date written yyyy-MM-dd");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            error(pointer, "is not a calendar date");
            return null;
        }
    }

    /** An ISO-8601 date-time with its offset (Z or +02:00), fraction of second optional. */
    Instant instant(JsonNode parent, String pointer, String name, boolean required) {
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            error(at(pointer, name), "must be an ISO-8601 date-time with offset, yyyy-MM-ddTHH:mm:ss[.SSS] then Z or +hh:mm");
            return null;
        }
    }

    /** A decimal given as a JSON number or as a string of a plain decimal ("-690.0"); EDF mixes both. */
    BigDecimal decimal(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            if (required) {
                error(at(pointer, name), "is required");
            }
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return decimalString(parent, pointer, name, required);
    }

    /** A decimal written as a JSON string, as Enedis sends its values: digits, an optional minus and decimal point. */
    BigDecimal decimalString(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (!absent(node) && !node.isTextual()) {
            error(at(pointer, name), "must be a JSON string holding a decimal number");
            return null;
        }
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            error(at(pointer, name), "must be a decimal number (digits, optional minus sign and decimal point)");
            return null;
        }
        return new BigDecimal(value);
    }

    /** A measured quantity: a decimal that is not negative. */
    BigDecimal quantity(BigDecimal value, String pointer) {
        if (value != null && value.signum() < 0) {
            error(pointer, "must not be negative");
            return null;
        }
        return value;
    }

    /** A JSON boolean, or the strings "true" / "false" EDF writes for its service flags. */
    Boolean bool(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            if (required) {
                error(at(pointer, name), "is required");
            }
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && (node.asText().equals("true") || node.asText().equals("false"))) {
            return Boolean.valueOf(node.asText());
        }
        error(at(pointer, name), "must be true or false");
        return null;
    }

    /** A code of a closed list, mapped to its canonical value. */
    <T> T code(JsonNode parent, String pointer, String name, boolean required, Map<String, T> codes) {
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        T mapped = codes.get(value);
        if (mapped == null) {
            error(at(pointer, name), "must be one of " + codes.keySet().stream().sorted().toList());
        }
        return mapped;
    }

    /** A code that must be exactly the expected one, when present (or always, when required). */
    void expect(JsonNode parent, String pointer, String name, boolean required, String expected, String why) {
        String value = text(parent, pointer, name, required);
        if (value != null && !value.equals(expected)) {
            error(at(pointer, name), "must be " + expected + ": " + why);
        }
    }
}
