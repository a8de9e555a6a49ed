package fr.mesinfos.events.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.InvalidEventException;

class PlatformEventCodecTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final String PERSON = "8f3c5a0e-2b1d-4c7e-9a6f-0d1e2f3a4b01";

    private static ConsentState active(List<String> categories, Instant dataFrom, Instant dataTo, Instant expiresAt) {
        return new ConsentState("0b8f7c52-6a53-4a51-9d0e-3c0a7f1d9e21", 1, PERSON, "demo-energy-coach",
                ConsentStatus.ACTIVE, categories, "dpv:ServiceProvision", dataFrom, dataTo, NOW, expiresAt, NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"consent-state", "erasure", "deliveries"})
    void schemasAreValidDraft202012AndTheirExamplesDecode(String name) throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/platform/" + name + ".v1.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertTrue(meta.validate(schema).isEmpty());
        for (JsonNode example : schema.get("examples")) {
            byte[] bytes = example.toString().getBytes(StandardCharsets.UTF_8);
            Object decoded = switch (name) {
                case "erasure" -> PlatformEventCodec.erasure(bytes);
                case "deliveries" -> PlatformEventCodec.deliveryCount(bytes);
                default -> PlatformEventCodec.personConsents(bytes);
            };
            assertTrue(decoded != null);
        }
    }

    @Test
    void aPersonsConsentsRoundTripAndAllowOnlyWhatAnActiveConsentCovers() {
        ConsentState state = active(List.of("edf.load-curve"), Instant.parse("2026-01-01T00:00:00Z"), null, NOW.plusSeconds(3600));
        PersonConsents consents = new PersonConsents(PERSON, List.of(state), NOW);
        assertEquals(consents, PlatformEventCodec.personConsents(PlatformEventCodec.encode(consents)));
        assertEquals(state, consents.allowing("demo-energy-coach", Category.EDF_LOAD_CURVE, NOW).orElseThrow());
        assertTrue(consents.allowing("demo-budget-helper", Category.EDF_LOAD_CURVE, NOW).isEmpty(), "another app");
        assertTrue(consents.allowing("demo-energy-coach", Category.EDF_CONTRACT, NOW).isEmpty(), "another category");
        assertThrows(IllegalArgumentException.class, () -> new PersonConsents("someone-else", List.of(state), NOW));
        assertThrows(IllegalArgumentException.class, () -> new PersonConsents(PERSON, List.of(state, state), NOW));
    }

    @Test
    void anErasureRoundTrips() {
        PersonErasure erasure = new PersonErasure("5d1d2c8e-7f0a-4a3e-8f8a-2b6c1e0d4f11", PERSON, ErasureScope.ALL,
                List.of("edf.load-curve", "orange.calls"), NOW);
        assertEquals(erasure, PlatformEventCodec.erasure(PlatformEventCodec.encode(erasure)));
        assertTrue(erasure.covers("orange.calls"));
        assertFalse(erasure.covers("maif.claims"));
    }

    @Test
    void badValuesAreRefusedWithTheFieldAtFault() {
        InvalidEventException noStatus = assertThrows(InvalidEventException.class, () -> PlatformEventCodec.personConsents(
                ("{\"personId\":\"p\",\"updatedAt\":\"2026-11-24T10:00:00Z\",\"consents\":[{\"consentId\":\"0b8f7c52-6a53-4a51-9d0e-3c0a7f1d9e21\","
                        + "\"version\":1,\"personId\":\"p\",\"appId\":\"demo-app\",\"categories\":[],\"updatedAt\":\"2026-11-24T10:00:00Z\"}]}")
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(noStatus.getMessage().contains("status"), noStatus.getMessage());
        InvalidEventException unknownCategory = assertThrows(InvalidEventException.class, () -> PlatformEventCodec.erasure(
                ("{\"erasureId\":\"5d1d2c8e-7f0a-4a3e-8f8a-2b6c1e0d4f11\",\"personId\":\"p\",\"scope\":\"ALL\","
                        + "\"categories\":[\"edf.nothing\"],\"requestedAt\":\"2026-11-24T10:00:00Z\"}").getBytes(StandardCharsets.UTF_8)));
        assertTrue(unknownCategory.getMessage().contains("edf.nothing"), unknownCategory.getMessage());
        assertThrows(InvalidEventException.class, () -> PlatformEventCodec.erasure("not json".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidEventException.class, () -> PlatformEventCodec.erasure(null));
    }

    @Test
    void onlyAnActiveUnexpiredConsentAllowsItsCategories() {
        ConsentState state = active(List.of("edf.load-curve"), null, null, NOW.plusSeconds(60));
        assertTrue(state.allows(Category.EDF_LOAD_CURVE, NOW));
        assertFalse(state.allows(Category.EDF_CONTRACT, NOW), "category not consented");
        assertFalse(state.allows(Category.EDF_LOAD_CURVE, NOW.plusSeconds(60)), "expired");
        for (ConsentStatus status : ConsentStatus.values()) {
            ConsentState other = new ConsentState(state.consentId(), 2, PERSON, state.appId(), status, state.categories(),
                    null, null, null, NOW, state.expiresAt(), NOW);
            assertEquals(status == ConsentStatus.ACTIVE, other.allows(Category.EDF_LOAD_CURVE, NOW), status.name());
        }
    }

    @Test
    void theDataPeriodIncludesItsStartAndExcludesItsEnd() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-07-01T00:00:00Z");
        ConsentState state = active(List.of("edf.load-curve"), from, to, null);
        assertTrue(state.coversDataAt(from));
        assertFalse(state.coversDataAt(from.minusSeconds(1)));
        assertTrue(state.coversDataAt(to.minusSeconds(1)));
        assertFalse(state.coversDataAt(to));
        assertThrows(IllegalArgumentException.class, () -> active(List.of("edf.load-curve"), to, from, null));
    }
}
