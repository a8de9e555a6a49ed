package fr.mesinfos.connector.edf.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.PayloadValidator;

/** Test fixtures and assertions shared by the format tests: pilot files, mapping that must succeed or fail. */
final class Records {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PRM = "01324654321236";

    private Records() {
    }

    /** A JSON array from the test resources (pilot/..., dataconnect/...). */
    static JsonNode file(String resource) {
        try (InputStream in = Records.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps a record that must be valid: no error, every payload valid against its schema. */
    static List<Mapped> valid(PartnerFormat format, JsonNode record) {
        RecordErrors errors = new RecordErrors();
        List<Mapped> mapped = format.map(record, errors);
        assertEquals(List.of(), errors.list(), "errors of a valid record");
        assertFalse(mapped.isEmpty(), "a valid record maps to events");
        for (Mapped one : mapped) {
            assertEquals(List.of(), PayloadValidator.shared().validate(one.payload()), "schema violations");
        }
        return mapped;
    }

    static List<CategoryPayload> payloads(PartnerFormat format, JsonNode record) {
        return valid(format, record).stream().map(Mapped::payload).toList();
    }

    /** Maps a record that must be refused: returns field to reason; nothing mapped. */
    static Map<String, String> refused(PartnerFormat format, JsonNode record) {
        RecordErrors errors = new RecordErrors();
        List<Mapped> mapped = format.map(record, errors);
        assertFalse(errors.isEmpty(), "the record must be refused");
        assertTrue(mapped.isEmpty(), "a refused record maps to nothing");
        return errors.list().stream().collect(Collectors.toMap(RecordErrors.RecordError::field,
                RecordErrors.RecordError::reason, (a, b) -> a + " | " + b, java.util.TreeMap::new));
    }

    /** Asserts that no reason repeats any string value of the record (errors carry no personal data). */
    static void reasonsDoNotRepeatValues(JsonNode record, Map<String, String> errors) {
        List<String> values = new java.util.ArrayList<>();
        collect(record, values);
        for (String reason : errors.values()) {
            for (String value : values) {
                assertFalse(value.length() >= 6 && reason.contains(value), "a reason repeats a value");
            }
        }
    }

    private static void collect(JsonNode node, List<String> values) {
        if (node.isValueNode() && !node.isNull()) {
            values.add(node.asText());
        }
        node.forEach(child -> collect(child, values));
    }
}
