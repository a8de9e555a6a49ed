package fr.mesinfos.connector.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.connector.link.AccountFormat;

/** The shared rules of the field readers: absent vs null vs empty, calendar dates, bounds, pointers and reasons. */
class RecordReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecordErrors errors = new RecordErrors();
    private final RecordReader r = new RecordReader(errors);

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> reported() {
        return errors.list().stream().map(e -> e.field() + " " + e.reason()).toList();
    }

    @Test
    void missingAndNullAreAbsentAndReportedOnlyWhenRequired() {
        JsonNode record = json("{'b': null}");
        assertNull(r.text(record, "", "a", false));
        assertNull(r.text(record, "", "b", false));
        assertTrue(reported().isEmpty());
        assertNull(r.text(record, "", "a", true));
        assertNull(r.text(record, "", "b", true));
        assertEquals(List.of("/a is required", "/b is required"), reported());
    }

    @Test
    void anEmptyTextIsAbsentWhenOptionalAndRefusedWhenRequired() {
        JsonNode record = json("{'a': '', 'b': '   '}");
        assertNull(r.text(record, "", "a", false));
        assertTrue(reported().isEmpty());
        assertNull(r.text(record, "", "b", true));
        assertEquals(List.of("/b must not be empty"), reported());
    }

    @Test
    void textsAreStrippedAndMustBeJsonStrings() {
        JsonNode record = json("{'a': ' x ', 'n': 3}");
        assertEquals("x", r.text(record, "", "a", true));
        assertNull(r.text(record, "", "n", true));
        assertEquals(List.of("/n must be a JSON string"), reported());
    }

    @Test
    void nestedFieldsAreNamedByTheirParentsPointer() {
        JsonNode record = json("{'o': {'items': [{'x': 1}, 2]}, 'p': 'no'}");
        JsonNode o = r.object(record, "", "o", true);
        JsonNode items = r.array(o, "/o", "items", true);
        List<JsonNode> objects = r.objects(items, "/o/items");
        assertEquals(2, objects.size());
        assertNull(objects.get(1));
        assertNull(r.object(record, "", "p", true));
        assertNull(r.array(record, "", "p", false));
        assertEquals(List.of("/o/items/1 must be a JSON object", "/p must be a JSON object", "/p must be a JSON array"),
                reported());
    }

    @Test
    void aRequiredArrayHoldsAtLeastOneItemAnOptionalOneMayBeEmpty() {
        JsonNode record = json("{'a': []}");
        assertEquals(0, r.array(record, "", "a", false).size());
        assertNull(r.array(record, "", "a", true));
        assertEquals(List.of("/a must hold at least one item"), reported());
    }

    @Test
    void datesMustBeWrittenYyyyMmDdAndExistInTheCalendar() {
        JsonNode record = json("{'ok': '2024-02-29', 'feb30': '2023-02-30', 'month13': '2023-13-01', 'fr': '01/02/2023'}");
        assertEquals(LocalDate.of(2024, 2, 29), r.date(record, "", "ok", true));
        assertNull(r.date(record, "", "feb30", true));
        assertNull(r.date(record, "", "month13", true));
        assertNull(r.date(record, "", "fr", true));
        assertEquals(List.of("/feb30 is not a calendar date", "/month13 is not a calendar date",
                "/fr must be a date written yyyy-MM-dd"), reported());
    }

    @Test
    void instantsCarryTheirOffset() {
        JsonNode record = json("{'z': '2016-09-01T08:00:45.000Z', 'paris': '2016-09-01T10:00:45+02:00',"
                + " 'local': '2016-09-01T08:00:45'}");
        assertEquals(Instant.parse("2016-09-01T08:00:45Z"), r.instant(record, "", "z", true));
        assertEquals(Instant.parse("2016-09-01T08:00:45Z"), r.instant(record, "", "paris", true));
        assertNull(r.instant(record, "", "local", true));
        assertEquals(List.of("/local must be an ISO-8601 date-time with offset, yyyy-MM-ddTHH:mm:ss[.SSS] then Z or +hh:mm"),
                reported());
    }

    @Test
    void numbersAreJsonNumbersWithinTheirBounds() {
        JsonNode record = json("{'lat': 48.85, 'high': 90.5, 'text': '48.85', 'n': 339.0, 'half': 1.5, 'neg': -1,"
                + " 'huge': 99999999999, 'price': 29.99}");
        assertEquals(48.85, r.number(record, "", "lat", true, -90, 90));
        assertNull(r.number(record, "", "high", true, -90, 90));
        assertNull(r.number(record, "", "text", true, -90, 90));
        assertEquals(339, r.whole(record, "", "n", true, 0));
        assertNull(r.whole(record, "", "half", true, 0));
        assertNull(r.whole(record, "", "neg", true, 0));
        assertNull(r.whole(record, "", "huge", true, 0));
        assertEquals(new BigDecimal("29.99"), r.decimal(record, "", "price", true));
        assertNull(r.decimal(record, "", "missing", false));
        assertEquals(List.of("/high must be between -90 and 90", "/text must be a JSON number",
                "/half must be a whole number", "/neg must be at least 0", "/huge is too large"), reported());
    }

    @Test
    void codesExpectedValuesPatternsAndForbiddenFields() {
        JsonNode record = json("{'c': 'B', 'bad': 'Z', 'v': 'GDF', 'n': '12a', 'x': 1}");
        assertEquals(2, r.code(record, "", "c", true, Map.of("B", 2, "A", 1)));
        assertNull(r.code(record, "", "bad", true, Map.of("B", 2, "A", 1)));
        r.expect(record, "", "v", false, "EDF", "this connector maps EDF only");
        r.expect(record, "", "absent", false, "EDF", "never reported");
        assertNull(r.matching(record, "", "n", true, Pattern.compile("[0-9]+"), "digits"));
        r.forbid(record, "", "x", "no place for it");
        r.forbid(record, "", "y", "never reported");
        assertEquals(List.of("/bad must be one of [A, B]", "/v must be EDF: this connector maps EDF only",
                "/n must be digits", "/x must not be given: no place for it"), reported());
    }

    @Test
    void unknownFieldsAreRefusedWithAnEscapedPointer() {
        JsonNode record = json("{'known': 1, 'a/b': 2, 'c~d': 3}");
        r.onlyKnown(record, "", Set.of("known"));
        assertEquals(List.of("/a~1b is not a field of this format", "/c~0d is not a field of this format"),
                reported());
        assertEquals(2, r.errorCount());
        assertTrue(r.hasErrors());
    }

    @Test
    void anAccountIsNormalizedOrRefusedWithoutRepeatingIt() {
        AccountFormat digits = new AccountFormat() {
            @Override
            public String description() {
                return "7 digits";
            }

            @Override
            public Optional<String> normalize(String raw) {
                String compact = raw.replace(" ", "");
                return compact.matches("[0-9]{7}") ? Optional.of(compact) : Optional.empty();
            }
        };
        JsonNode record = json("{'ok': '123 4567', 'bad': '12'}");
        assertEquals("1234567", r.account(record, "", "ok", true, digits, raw -> "must be 7 digits"));
        assertNull(r.account(record, "", "bad", true, digits, raw -> "must be 7 digits; it has " + raw.length()));
        assertEquals(List.of("/bad must be 7 digits; it has 2"), reported());
    }

    @Test
    void aConnectorCleansItsTextsItsOwnWay() {
        RecordReader upper = new RecordReader(errors) {
            @Override
            protected String clean(String raw, String pointer) {
                if (raw.contains("!")) {
                    error(pointer, "must not shout");
                    return null;
                }
                return raw.strip().toUpperCase();
            }
        };
        JsonNode record = json("{'a': ' x ', 'b': 'y!'}");
        assertEquals("X", upper.text(record, "", "a", true));
        assertNull(upper.text(record, "", "b", true));
        assertEquals(List.of("/b must not shout"), reported());
    }
}
