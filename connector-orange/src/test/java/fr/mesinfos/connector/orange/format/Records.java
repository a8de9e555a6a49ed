package fr.mesinfos.connector.orange.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

/** Test fixtures and assertions shared by the Orange format tests: pilot files, records that must map or be refused. */
final class Records {
    static final ObjectMapper JSON = new ObjectMapper();

    private Records() {
    }

    /** A pilot file from src/test/resources/pilot, copied byte for byte from the shared pilot data. */
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

    /** A record written with single quotes for readability. */
    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps a record that must be valid: no error, one mapping, its payload valid against its schema. */
    static Mapped valid(PartnerFormat format, JsonNode record) {
        RecordErrors errors = new RecordErrors();
        List<Mapped> mapped = format.map(record, errors);
        assertEquals(List.of(), errors.list(), "errors of a valid record");
        assertEquals(1, mapped.size(), "a valid record maps to one event");
        assertEquals(List.of(), PayloadValidator.shared().validate(mapped.get(0).payload()), "schema violations");
        return mapped.get(0);
    }

    /** Maps a record that must be refused: returns field to reason (sorted); nothing mapped; no value repeated. */
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

    /** No reason repeats a value of the record (errors carry no personal data). */
    private static void reasonsDoNotRepeatValues(JsonNode record, Map<String, String> errors) {
        List<String> values = new ArrayList<>();
        record.forEach(value -> {
            if (value.isValueNode() && !value.isNull()) {
                values.add(value.asText());
            }
        });
        for (String reason : errors.values()) {
            for (String value : values) {
                // short values (s, M, 3G, 0) may be words of a reason; longer ones must never appear
                assertFalse(value.length() >= 6 && reason.contains(value), "a reason repeats a value");
            }
        }
    }
}
