package fr.mesinfos.connector.maif.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.PayloadValidator;

/** Test fixtures and assertions shared by the format tests: pilot files, mapping that must succeed or fail. */
final class Records {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String MEMBER = "1234567";

    private Records() {
    }

    /** A pilot file (a JSON array) from src/test/resources/pilot, byte for byte the one of the pilot. */
    static JsonNode pilot(String file) {
        try (InputStream in = Records.class.getResourceAsStream("/pilot/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no pilot file " + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one record of a pilot file, as a copy to modify. */
    static ObjectNode pilotRecord(String file) {
        JsonNode array = pilot(file);
        assertEquals(1, array.size(), "the pilot file holds one record");
        return (ObjectNode) array.get(0).deepCopy();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
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

    /** Maps a record that must be refused: field to reason(s); nothing mapped; no reason repeats a value. */
    static Map<String, String> refused(PartnerFormat format, JsonNode record) {
        RecordErrors errors = new RecordErrors();
        List<Mapped> mapped = format.map(record, errors);
        assertFalse(errors.isEmpty(), "the record must be refused");
        assertTrue(mapped.isEmpty(), "a refused record maps to nothing");
        Map<String, String> byField = errors.list().stream().collect(Collectors.toMap(RecordErrors.RecordError::field,
                RecordErrors.RecordError::reason, (a, b) -> a + " | " + b, TreeMap::new));
        reasonsDoNotRepeatValues(record, byField);
        return byField;
    }

    /** No reason repeats the value of its field (errors carry no personal data). */
    private static void reasonsDoNotRepeatValues(JsonNode record, Map<String, String> errors) {
        errors.forEach((field, reason) -> {
            JsonNode value = record.at(field);
            if (value.isValueNode() && value.asText().strip().length() >= 2) {
                assertFalse(reason.contains(value.asText().strip()), "the reason of " + field + " repeats its value");
            }
        });
    }
}
