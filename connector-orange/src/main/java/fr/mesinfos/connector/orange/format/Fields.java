package fr.mesinfos.connector.orange.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.connector.orange.link.MsisdnAccountFormat;

/**
 * Strict readers of the top-level fields of one Orange record, written once for every Orange format: each returns the
 * value, or null after reporting to the record's errors (JSON pointer of the field, a reason that never repeats the
 * value). Shared rules, documented in the README: a missing field and a JSON null are the same (absent); strings are
 * stripped of surrounding whitespace and an empty string is absent; numbers must be JSON numbers, never strings.
 */
final class Fields {
    // RFC 3339 date-time with an offset; the pilot writes 2016-09-01T08:00:45.000Z and 2016-10-01T08:59:08Z
    private static final Pattern INSTANT = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

    private final RecordErrors errors;
    private final MsisdnAccountFormat msisdnFormat = new MsisdnAccountFormat();

    Fields(RecordErrors errors) {
        this.errors = errors;
    }

    /** JSON pointer of a top-level field (RFC 6901 escaping, for the unknown names a partner may send). */
    static String at(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }

    void error(String name, String reason) {
        errors.add(at(name), reason);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    boolean present(JsonNode record, String name) {
        return !absent(record.get(name));
    }

    /** Every field of the record must be one of the format's: a misspelt optional field is refused, not lost. */
    void onlyKnown(JsonNode record, Set<String> known) {
        for (Iterator<String> names = record.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                error(name, "is not a field of this format");
            }
        }
    }

    String text(JsonNode record, String name, boolean required) {
        JsonNode node = record.get(name);
        if (absent(node)) {
            if (required) {
                error(name, "is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            error(name, "must be a JSON string");
            return null;
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            if (required) {
                error(name, "must not be empty");
            }
            return null;
        }
        return value;
    }

    /** The Cozy doctype the record declares: required, and exactly the format's. */
    void docType(JsonNode record, String expected) {
        String value = text(record, "docType", true);
        if (value != null && !value.equals(expected)) {
            error("docType", "must be " + expected + " in this format");
        }
    }

    /** A phone number normalized by {@link MsisdnAccountFormat}: the account of the record. */
    String msisdn(JsonNode record, String name, String whenAbsent) {
        if (!present(record, name)) {
            error(name, whenAbsent);
            return null;
        }
        String value = text(record, name, true);
        if (value == null) {
            return null;
        }
        var normalized = msisdnFormat.normalize(value);
        if (normalized.isEmpty()) {
            error(name, msisdnFormat.refusal(value));
            return null;
        }
        return normalized.get();
    }

    /** An instant with its offset; an impossible date or time gets its own reason. */
    Instant instant(JsonNode record, String name) {
        String value = text(record, name, true);
        if (value == null) {
            return null;
        }
        Matcher m = INSTANT.matcher(value);
        if (!m.matches()) {
            error(name, "must be an ISO-8601 date-time with its offset: yyyy-MM-ddTHH:mm:ss, optional fraction, "
                    + "then Z or ±hh:mm");
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            error(name, "has a month outside 01 to 12");
            return null;
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            error(name, "has a day that does not exist in its month");
            return null;
        }
        if (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59 || Integer.parseInt(m.group(6)) > 59) {
            error(name, "has a time of day out of range (hours 00 to 23, minutes and seconds 00 to 59)");
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            error(name, "has an offset out of range");
            return null;
        }
    }

    /** A JSON number between min and max inclusive. */
    Double number(JsonNode record, String name, boolean required, double min, double max) {
        JsonNode node = record.get(name);
        if (absent(node)) {
            if (required) {
                error(name, "is required");
            }
            return null;
        }
        if (!node.isNumber()) {
            error(name, "must be a JSON number");
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value) || value < min || value > max) {
            error(name, "must be between " + plain(min) + " and " + plain(max));
            return null;
        }
        return value;
    }

    /** A whole JSON number (339 or 339.0) of at least min. */
    Integer whole(JsonNode record, String name, int min) {
        JsonNode node = record.get(name);
        if (absent(node)) {
            error(name, "is required");
            return null;
        }
        if (!node.isNumber()) {
            error(name, "must be a JSON number");
            return null;
        }
        if (!node.canConvertToExactIntegral()) {
            error(name, "must be a whole number");
            return null;
        }
        if (!node.canConvertToInt()) {
            error(name, "is too large");
            return null;
        }
        int value = node.intValue();
        if (value < min) {
            error(name, "must be at least " + min);
            return null;
        }
        return value;
    }

    /** A decimal JSON number, kept exact (a JSON string is refused: "29,99" or "29.99" would be a guess). */
    BigDecimal decimal(JsonNode record, String name) {
        JsonNode node = record.get(name);
        if (absent(node)) {
            error(name, "is required");
            return null;
        }
        if (!node.isNumber()) {
            error(name, "must be a JSON number");
            return null;
        }
        return node.decimalValue();
    }

    /** A WGS 84 position read from the record's latitude and longitude. */
    record Position(double latitude, double longitude) {
    }

    /**
     * The record's latitude and longitude: both required, or (optional) both or neither. Both exactly 0 is the usual
     * mark of an unknown position (a point at sea in the Gulf of Guinea): refused.
     */
    Position position(JsonNode record, boolean required) {
        boolean hasLatitude = present(record, "latitude");
        boolean hasLongitude = present(record, "longitude");
        if (!required && !hasLatitude && !hasLongitude) {
            return null;
        }
        if (!required && hasLatitude != hasLongitude) {
            error(hasLatitude ? "longitude" : "latitude", "is required when "
                    + (hasLatitude ? "latitude" : "longitude") + " is given");
            return null;
        }
        Double latitude = number(record, "latitude", true, -90, 90);
        Double longitude = number(record, "longitude", true, -180, 180);
        if (latitude == null || longitude == null) {
            return null;
        }
        if (latitude == 0 && longitude == 0) {
            error("latitude", "and longitude both 0 mark an unknown position, not a place");
            return null;
        }
        return new Position(latitude, longitude);
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
