package fr.mesinfos.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog: exactly the twelve categories, consistent names, lookups, sensitivities and natural keys. */
class CategoryCatalogTest {

    @Test
    void exactlyTheTwelveCategories() {
        assertEquals(List.of("orange.geolocation", "orange.calls", "orange.invoices", "edf.load-curve",
                "edf.daily-consumption", "edf.contract", "edf.invoices", "maif.home-contract", "maif.claims",
                "opendata.air-quality", "opendata.transit", "opendata.weather"), CategoryCatalog.ids());
    }

    @Test
    void derivedNamesOfOneCategory() {
        Category c = Category.EDF_LOAD_CURVE;
        assertEquals("edf.load-curve", c.id());
        assertEquals("partner.edf.load-curve.v1", c.topic());
        assertEquals("schemas/edf/load-curve.v1.json", c.schemaPath());
        assertEquals("fr.mesinfos.edf.load-curve.v1", c.type());
        assertEquals(URI.create("https://schemas.mesinfos.fr/edf/load-curve/v1.json"), c.dataSchema());
        assertEquals(1, c.schemaVersion());
        assertEquals(URI.create("/partners/edf"), c.source().uri());
        assertEquals("opendata.air-quality.v1", Category.OPENDATA_AIR_QUALITY.topic());
        assertEquals(URI.create("/opendata"), Category.OPENDATA_AIR_QUALITY.source().uri());
        assertEquals("Courbe de charge Linky", c.displayName(Locale.FRANCE));
        assertEquals("Linky load curve", c.displayName(Locale.ENGLISH));
    }

    @Test
    void lookups() {
        assertEquals(Optional.of(Category.MAIF_CLAIMS), CategoryCatalog.byId("maif.claims"));
        assertEquals(Optional.of(Category.MAIF_CLAIMS), CategoryCatalog.byTopic("partner.maif.claims.v1"));
        assertEquals(Optional.of(Category.MAIF_CLAIMS), CategoryCatalog.byType("fr.mesinfos.maif.claims.v1"));
        assertEquals(Optional.of(Category.MAIF_CLAIMS),
                CategoryCatalog.byDataSchema(URI.create("https://schemas.mesinfos.fr/maif/claims/v1.json")));
        assertEquals(Optional.empty(), CategoryCatalog.byId("grdf.gas"));
        assertEquals(Optional.empty(), CategoryCatalog.byTopic("maif.claims"));
        assertEquals(List.of(Category.EDF_LOAD_CURVE, Category.EDF_DAILY_CONSUMPTION, Category.EDF_CONTRACT,
                Category.EDF_INVOICES), CategoryCatalog.forSource(Source.EDF));
        assertEquals(3, CategoryCatalog.forSource(Source.OPENDATA).size());
        assertEquals(Optional.of(Source.MAIF), Source.byId("maif"));
        assertEquals(Optional.of(Source.ORANGE), Source.byUri(URI.create("/partners/orange")));
    }

    @Test
    void sensitivities() {
        assertEquals(Sensitivity.SENSITIVE, Category.ORANGE_GEOLOCATION.sensitivity());
        assertEquals(Sensitivity.SENSITIVE, Category.ORANGE_CALLS.sensitivity());
        for (Category c : CategoryCatalog.all()) {
            if (c.isOpenData()) {
                assertEquals(Sensitivity.PUBLIC, c.sensitivity(), c.id());
            } else if (c != Category.ORANGE_GEOLOCATION && c != Category.ORANGE_CALLS) {
                assertEquals(Sensitivity.PERSONAL, c.sensitivity(), c.id());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyEntryIsComplete(Category c) {
        assertFalse(c.displayNameFr().isBlank());
        assertFalse(c.displayNameEn().isBlank());
        assertTrue(c.retention().toTotalMonths() >= 12 && c.retention().getDays() == 0, c.retention().toString());
        assertFalse(c.naturalKeyFields().isEmpty());
        assertEquals(Optional.of(c), CategoryCatalog.forPayloadType(c.payloadType()));
        assertEquals(c.source().isPartner(), !c.isOpenData());
        assertEquals(c.isOpenData(), OpenDataPayload.class.isAssignableFrom(c.payloadType()));
    }

    @Test
    void namesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Category c : CategoryCatalog.all()) {
            assertTrue(seen.add(c.id()) & seen.add(c.topic()) & seen.add(c.type()) & seen.add(c.dataSchema().toString())
                    & seen.add(c.payloadType().getName()), c.id());
        }
    }

    @Test
    void documentedRetentions() {
        assertEquals(Period.ofYears(1), Category.ORANGE_GEOLOCATION.retention());
        assertEquals(Period.ofYears(3), Category.EDF_LOAD_CURVE.retention());
        assertEquals(Period.ofYears(5), Category.EDF_INVOICES.retention());
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void naturalKeyFieldsAreRequiredSchemaFields(Category c) {
        JsonNode schema = Examples.schema(c);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (String field : c.naturalKeyFields()) {
            assertTrue(field.equals(Category.CONTENT_DIGEST) || required.contains(field), c.id() + ": " + field);
        }
    }

    /** The key parts a payload gives are the values of the documented fields, in order. */
    @ParameterizedTest(name = "{0} example {1}")
    @MethodSource("fr.mesinfos.events.Examples#all")
    void naturalKeyIsTheDocumentedFields(Category c, int index, JsonNode example) throws Exception {
        List<String> key = Examples.typed(c, example).naturalKey();
        for (int i = 0; i < c.naturalKeyFields().size(); i++) {
            String field = c.naturalKeyFields().get(i);
            String expected = field.equals(Category.CONTENT_DIGEST)
                    ? EventJson.digest(Examples.typed(c, example))
                    : EventJson.canonical(example.get(field)).replace("\"", "");
            assertEquals(expected, key.get(i), c.id() + " " + field);
        }
    }
}
