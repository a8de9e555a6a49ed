package fr.mesinfos.connector.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.link.AccountFormat;

/** Strict readers of the fields of one pushed record, written once so that every connector applies the same rules. */
public class RecordReader {
    // Each reader returns the value, or null after reporting to the record's errors the JSON pointer of the field and
    // a reason that never repeats the value (errors carry no personal data). Rules, documented in the connectors'
    // READMEs: a missing field and a JSON null are the same (absent); an absent or empty field is reported only when
    // required. A field is named by its parent node, the JSON pointer of that parent ("" for the record) and its name.
    // A connector extends this class with its partner-specific readers, and overrides a reader only where the
    // partner's documented rule differs (how its texts are cleaned, which date forms it writes).

    /** A date as written in JSON: yyyy-MM-dd (whether it exists in the calendar is checked when read). */
    public static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final RecordErrors errors;

    public RecordReader(RecordErrors errors) {
        this.errors = errors;
    }

    /** The JSON pointer of a field of the node at {@code pointer}; the name is not escaped. */
    public static String at(String pointer, String name) {
        return pointer + "/" + name;
    }

    /** The JSON pointer of an item of the array at {@code pointer}. */
    public static String at(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The JSON pointer of a field whose name comes from the record: escaped as RFC 6901 says (~ then /). */
    public static String atEscaped(String pointer, String name) {
        return at(pointer, name.replace("~", "~0").replace("/", "~1"));
    }

    public void error(String pointer, String reason) {
        errors.add(pointer, reason);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int errorCount() {
        return errors.list().size();
    }

    /** Missing and JSON null are the same: absent. */
    public static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    public boolean present(JsonNode parent, String name) {
        return !absent(parent.get(name));
    }

    /** The field's node, or null when absent (then reported if required). Every reader starts here. */
    public JsonNode node(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            if (required) {
                error(at(pointer, name), "is required");
            }
            return null;
        }
        return node;
    }

    /** Every field of the node must be one of the format's: a misspelt optional field is refused, not lost. */
    public void onlyKnown(JsonNode parent, String pointer, Set<String> known) {
        for (Iterator<String> names = parent.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                error(atEscaped(pointer, name), "is not a field of this format");
            }
        }
    }

    public JsonNode object(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = node(parent, pointer, name, required);
        if (node != null && !node.isObject()) {
            error(at(pointer, name), "must be a JSON object");
            return null;
        }
        return node;
    }

    /** An array, absent (null) or not; when required, with at least one item. */
    public JsonNode array(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = node(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            error(at(pointer, name), "must be a JSON array");
            return null;
        }
        if (required && node.isEmpty()) {
            error(at(pointer, name), "must hold at least one item");
            return null;
        }
        return node;
    }

    /** The items of the array at {@code pointer} that are objects; any other item is reported and read as null. */
    public List<JsonNode> objects(JsonNode array, String pointer) {
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                items.add(array.get(i));
            } else {
                error(at(pointer, i), "must be a JSON object");
                items.add(null);
            }
        }
        return items;
    }

    /** A JSON string, cleaned by {@link #clean}; empty after cleaning is absent (refused when required). */
    public String text(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = node(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            error(at(pointer, name), "must be a JSON string");
            return null;
        }
        String value = clean(node.asText(), at(pointer, name));
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            if (required) {
                error(at(pointer, name), "must not be empty");
            }
            return null;
        }
        return value;
    }

    /** How a connector cleans every text it reads: here, surrounding whitespace is stripped. Null after reporting. */
    protected String clean(String raw, String pointer) {
        return raw.strip();
    }

    /** A text that must match a pattern; {@code what} completes the reason "must be ...". */
    public String matching(JsonNode parent, String pointer, String name, boolean required, Pattern pattern, String what) {
        String value = text(parent, pointer, name, required);
        if (value != null && !pattern.matcher(value).matches()) {
            error(at(pointer, name), "must be " + what);
            return null;
        }
        return value;
    }

    /** The account a record belongs to, in the partner's normalized form; {@code refusal} says why not, without it. */
    public String account(JsonNode parent, String pointer, String name, boolean required, AccountFormat format,
            UnaryOperator<String> refusal) {
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        Optional<String> normalized = format.normalize(value);
        if (normalized.isEmpty()) {
            error(at(pointer, name), refusal.apply(value));
            return null;
        }
        return normalized.get();
    }

    /** A code of a closed list, mapped to its canonical value. */
    public <T> T code(JsonNode parent, String pointer, String name, boolean required, Map<String, T> codes) {
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

    /** A text that must be exactly the expected one, when present (or always, when required). */
    public void expect(JsonNode parent, String pointer, String name, boolean required, String expected, String why) {
        String value = text(parent, pointer, name, required);
        if (value != null && !value.equals(expected)) {
            error(at(pointer, name), "must be " + expected + ": " + why);
        }
    }

    /** A field that must not be there, because the canonical event has no place for it in this case. */
    public void forbid(JsonNode parent, String pointer, String name, String why) {
        if (present(parent, name)) {
            error(at(pointer, name), "must not be given: " + why);
        }
    }

    /** A date written yyyy-MM-dd that exists in the calendar (no 2023-02-30). */
    public LocalDate date(JsonNode parent, String pointer, String name, boolean required) {
        String value = text(parent, pointer, name, required);
        return value == null ? null : date(value, at(pointer, name));
    }

    /** A text already read that must be a date written yyyy-MM-dd that exists in the calendar. */
    public LocalDate date(String value, String pointer) {
        return date(value, pointer, "must be a date written yyyy-MM-dd");
    }

    /** A day yyyy-MM-dd that exists in the calendar; {@code shapeReason} says which forms the connector accepts. */
    protected LocalDate date(String day, String pointer, String shapeReason) {
        if (!DATE.matcher(day).matches()) {
            error(pointer, shapeReason);
            return null;
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeException e) {
            error(pointer, "is not a calendar date");
            return null;
        }
    }

    /** An ISO-8601 date-time with its offset (Z or +02:00), fraction of second optional. */
    public Instant instant(JsonNode parent, String pointer, String name, boolean required) {
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            error(at(pointer, name),
                    "must be an ISO-8601 date-time with offset, yyyy-MM-ddTHH:mm:ss[.SSS] then Z or +hh:mm");
            return null;
        }
    }

    /** A JSON number between min and max inclusive (a string is refused: "48,85" or "48.85" would be a guess). */
    public Double number(JsonNode parent, String pointer, String name, boolean required, double min, double max) {
        JsonNode node = number(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value) || value < min || value > max) {
            error(at(pointer, name), "must be between " + plain(min) + " and " + plain(max));
            return null;
        }
        return value;
    }

    /** A whole JSON number (339 or 339.0) of at least min. */
    public Integer whole(JsonNode parent, String pointer, String name, boolean required, int min) {
        JsonNode node = number(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        if (!node.canConvertToExactIntegral()) {
            error(at(pointer, name), "must be a whole number");
            return null;
        }
        if (!node.canConvertToInt()) {
            error(at(pointer, name), "is too large");
            return null;
        }
        int value = node.intValue();
        if (value < min) {
            error(at(pointer, name), "must be at least " + min);
            return null;
        }
        return value;
    }

    /** A decimal JSON number, kept exact (a JSON string is refused: "29,99" or "29.99" would be a guess). */
    public BigDecimal decimal(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = number(parent, pointer, name, required);
        return node == null ? null : node.decimalValue();
    }

    private JsonNode number(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = node(parent, pointer, name, required);
        if (node != null && !node.isNumber()) {
            error(at(pointer, name), "must be a JSON number");
            return null;
        }
        return node;
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
