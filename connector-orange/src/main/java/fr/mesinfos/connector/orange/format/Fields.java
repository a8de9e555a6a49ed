package fr.mesinfos.connector.orange.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.connector.ingest.RecordReader;
import fr.mesinfos.connector.orange.link.MsisdnAccountFormat;

/**
 * The {@link RecordReader} of the Orange formats, with Orange's own readers. Orange records are flat: these read
 * top-level fields (the Cozy doctype, the msisdn, the position), and an impossible instant gets its own reason.
 */
final class Fields extends RecordReader {
    // RFC 3339 date-time with an offset; the pilot writes 2016-09-01T08:00:45.000Z and 2016-10-01T08:59:08Z
    private static final Pattern INSTANT = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

    private final MsisdnAccountFormat msisdnFormat = new MsisdnAccountFormat();

    Fields(RecordErrors errors) {
        super(errors);
    }

    /** The Cozy doctype the record declares: required, and exactly the format's. */
    void docType(JsonNode record, String expected) {
        String value = text(record, "", "docType", true);
        if (value != null && !value.equals(expected)) {
            error("/docType", "must be " + expected + " in this format");
        }
    }

    /** A phone number normalized by {@link MsisdnAccountFormat}: the account of the record. */
    String msisdn(JsonNode record, String name, String whenAbsent) {
        if (!present(record, name)) {
            error(at("", name), whenAbsent);
            return null;
        }
        return account(record, "", name, true, msisdnFormat, msisdnFormat::refusal);
    }

    /** An instant with its offset; an impossible date or time gets its own reason. */
    @Override
    public Instant instant(JsonNode parent, String pointer, String name, boolean required) {
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        String field = at(pointer, name);
        Matcher m = INSTANT.matcher(value);
        if (!m.matches()) {
            error(field, "must be an ISO-8601 date-time with its offset: yyyy-MM-ddTHH:mm:ss, optional fraction, "
                    + "then Z or ±hh:mm");
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            error(field, "has a month outside 01 to 12");
            return null;
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            error(field, "has a day that does not exist in its month");
            return null;
        }
        if (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59 || Integer.parseInt(m.group(6)) > 59) {
            error(field, "has a time of day out of range (hours 00 to 23, minutes and seconds 00 to 59)");
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            error(field, "has an offset out of range");
            return null;
        }
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
            error(hasLatitude ? "/longitude" : "/latitude", "is required when "
                    + (hasLatitude ? "latitude" : "longitude") + " is given");
            return null;
        }
        Double latitude = number(record, "", "latitude", true, -90, 90);
        Double longitude = number(record, "", "longitude", true, -180, 180);
        if (latitude == null || longitude == null) {
            return null;
        }
        if (latitude == 0 && longitude == 0) {
            error("/latitude", "and longitude both 0 mark an unknown position, not a place");
            return null;
        }
        return new Position(latitude, longitude);
    }
}
