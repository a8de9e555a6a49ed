package fr.mesinfos.events.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.InvalidEventException;
import fr.mesinfos.events.ViolationMessages;

/**
 * Reads and writes the platform's own events (consent states, erasures) as JSON record values, each checked against
 * its JSON Schema (schemas/platform) on both sides, so a producer cannot publish what a consumer would refuse.
 */
public final class PlatformEventCodec {
    private static final ObjectMapper MAPPER = EventJson.mapper();
    private static final JsonSchema CONSENT_STATE = load("consent-state");
    private static final JsonSchema ERASURE = load("erasure");
    private static final JsonSchema DELIVERIES = load("deliveries");

    private PlatformEventCodec() {
    }

    /** The JSON value of a consent.state.v1 record (key: the person id). */
    public static byte[] encode(PersonConsents consents) {
        return write(consents, CONSENT_STATE);
    }

    /** The JSON value of an erasure record (key: the person id). */
    public static byte[] encode(PersonErasure erasure) {
        return write(erasure, ERASURE);
    }

    /** The JSON value of a consent.deliveries.v1 record (key: the person id). */
    public static byte[] encode(DeliveryCount count) {
        return write(count, DELIVERIES);
    }

    /** A delivery count in a consent.deliveries.v1 record value; throws {@link InvalidEventException} naming what is wrong. */
    public static DeliveryCount deliveryCount(byte[] value) {
        return read(value, DELIVERIES, DeliveryCount.class);
    }

    /** A person's consents in a consent.state.v1 record value; throws {@link InvalidEventException} naming what is wrong. */
    public static PersonConsents personConsents(byte[] value) {
        return read(value, CONSENT_STATE, PersonConsents.class);
    }

    /** The erasure in a record value; throws {@link InvalidEventException} naming what is wrong. */
    public static PersonErasure erasure(byte[] value) {
        return read(value, ERASURE, PersonErasure.class);
    }

    private static byte[] write(Object event, JsonSchema schema) {
        JsonNode tree = MAPPER.valueToTree(event);
        requireValid(tree, schema);
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(byte[] value, JsonSchema schema, Class<T> type) {
        if (value == null) {
            throw new InvalidEventException("record has no value (tombstone)");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(value);
        } catch (IOException e) {
            throw new InvalidEventException("value is not JSON");
        }
        requireValid(tree, schema);
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (IOException | IllegalArgumentException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new InvalidEventException("invalid " + type.getSimpleName() + ": " + cause.getMessage());
        }
    }

    private static void requireValid(JsonNode tree, JsonSchema schema) {
        List<ValidationMessage> messages = List.copyOf(schema.validate(tree));
        if (!messages.isEmpty()) {
            throw new InvalidEventException("does not match " + schema.getSchemaLocation() + ": "
                    + messages.stream().map(ViolationMessages::of).map(v -> v.field() + " " + v.reason()).sorted()
                    .collect(Collectors.joining("; ")));
        }
    }

    private static JsonSchema load(String name) {
        String path = "schemas/platform/" + name + ".v1.json";
        try (InputStream in = PlatformEventCodec.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the classpath");
            }
            JsonNode document = MAPPER.readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(URI.create(document.get("$id").asText()), document, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
