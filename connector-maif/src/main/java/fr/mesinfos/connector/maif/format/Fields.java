package fr.mesinfos.connector.maif.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.connector.ingest.RecordReader;
import fr.mesinfos.connector.maif.link.MemberNumberAccountFormat;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.PersonName;
import fr.mesinfos.events.payload.PostalAddress;

/**
 * The {@link RecordReader} of the MAIF formats, with MAIF's own rules and readers: texts trimmed and their inner runs
 * of spaces made one, dates also written as local midnights, local Europe/Paris times, the member number, amounts,
 * addresses and names.
 */
final class Fields extends RecordReader {
    // MAIF writes subscription dates as local midnights: 1989-04-29T00:00:00
    private static final Pattern MIDNIGHT = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})T00:00(:00(\\.0+)?)?");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?");
    private static final Pattern OFFSET_DATE_TIME =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");
    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f]+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f-\\x9f]");
    // the pilot writes FRANCE; the canonical address is French (ISO code FR)
    private static final Map<String, String> COUNTRIES = Map.of("FRANCE", "FR", "France", "FR", "FR", "FR");

    private final MemberNumberAccountFormat memberNumbers = new MemberNumberAccountFormat();

    Fields(RecordErrors errors) {
        super(errors);
    }

    /** MAIF's texts: trimmed, inner runs of spaces made one, no control characters. */
    @Override
    protected String clean(String raw, String pointer) {
        // U+0080 is the euro sign of Windows-1252 (0x80) read as ISO-8859-1: the pilot's "3 501 à 6 800 €"
        String euro = raw.replace('\u0080', '€');
        // MAIF pads its labels ("occupant à  titre gratuit"): trimmed, inner runs of spaces (tabs, no-break) made one
        String value = SPACES.matcher(euro).replaceAll(" ").strip();
        if (CONTROL.matcher(value).find()) {
            error(pointer, "must not hold control characters");
            return null;
        }
        return value;
    }

    /** The account: a member number, normalized by {@link MemberNumberAccountFormat} (key letter dropped). */
    String memberNumber(JsonNode parent, String pointer, String name, boolean required) {
        return account(parent, pointer, name, required, memberNumbers, memberNumbers::refusal);
    }

    /** A member number that, when present, must be the one of the record it is attached to. */
    void sameMember(JsonNode parent, String pointer, String name, String member, String why) {
        String other = memberNumber(parent, pointer, name, false);
        if (other != null && member != null && !other.equals(member)) {
            error(at(pointer, name), "must be the member number of " + why);
        }
    }

    /** A calendar date, yyyy-MM-dd, or the same day written as MAIF's local midnight yyyy-MM-ddT00:00:00. */
    @Override
    public LocalDate date(JsonNode parent, String pointer, String name, boolean required) {
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        var midnight = MIDNIGHT.matcher(value);
        return date(midnight.matches() ? midnight.group(1) : value, at(pointer, name),
                "must be a date written yyyy-MM-dd or yyyy-MM-ddT00:00:00 (a date has no time of day)");
    }

    /**
     * When something happened: MAIF's local Europe/Paris time yyyy-MM-ddTHH:mm[:ss], or an ISO-8601 date-time with
     * its offset. A local time that does not exist (the skipped spring hour) or happened twice (the repeated autumn
     * hour) is refused: only an offset could say which instant it is.
     */
    @Override
    public Instant instant(JsonNode parent, String pointer, String name, boolean required) {
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        String field = at(pointer, name);
        try {
            if (OFFSET_DATE_TIME.matcher(value).matches()) {
                return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
            if (!LOCAL_DATE_TIME.matcher(value).matches()) {
                error(field, "must be a local Europe/Paris time yyyy-MM-ddTHH:mm[:ss], or a date-time with an offset");
                return null;
            }
            LocalDateTime local = LocalDateTime.parse(value);
            List<ZoneOffset> offsets = ParisTime.ZONE.getRules().getValidOffsets(local);
            if (offsets.isEmpty()) {
                error(field, "does not exist in Europe/Paris (skipped hour of the change to summer time)");
                return null;
            }
            if (offsets.size() > 1) {
                error(field, "is ambiguous in Europe/Paris (repeated hour of the change to winter time); give its offset");
                return null;
            }
            return local.toInstant(offsets.get(0));
        } catch (DateTimeException e) {
            error(field, "is not a calendar date and time");
            return null;
        }
    }

    /** An amount in euros: a JSON number, not negative. */
    BigDecimal amount(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = node(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            error(at(pointer, name), "must be a JSON number (euros, decimal point)");
            return null;
        }
        if (node.decimalValue().signum() < 0) {
            error(at(pointer, name), "must not be negative");
            return null;
        }
        return node.decimalValue();
    }

    /**
     * A MAIF address {street, postCode, city, country, inseeCode, residence, numeroPays, deliveryOffice}. The postcode
     * must be 5 digits and is never completed: a 4-digit code may have lost its leading zero (6900 read as 06900) or
     * a digit (69006), two readings in different départements.
     */
    PostalAddress address(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = object(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        String a = at(pointer, name);
        String street = text(node, a, "street", true);
        String postcode = text(node, a, "postCode", true);
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            error(a + "/postCode", postcode.matches("[0-9]{4}")
                    ? "must be a French postcode of exactly 5 digits; a 4-digit code is not completed, since it may"
                            + " have lost its leading zero or another digit"
                    : "must be a French postcode of exactly 5 digits");
            postcode = null;
        }
        String city = text(node, a, "city", true);
        String country = code(node, a, "country", false, COUNTRIES);
        String insee = matching(node, a, "inseeCode", false, INSEE,
                "an INSEE commune code: 5 characters, digits (2A/2B for Corsica)");
        String residence = text(node, a, "residence", false);
        return new PostalAddress(street, residence, postcode, city, insee, country == null ? "FR" : country);
    }

    /** A MAIF name {prefix, given, family, maiden, codeTitrePersonne}; codeTitrePersonne is MAIF's code of prefix. */
    PersonName name(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = object(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        String n = at(pointer, name);
        return new PersonName(text(node, n, "prefix", false), text(node, n, "given", false), text(node, n, "family", true),
                text(node, n, "maiden", false));
    }
}
