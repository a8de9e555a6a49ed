package fr.mesinfos.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mesinfos.events.payload.LoadCurvePoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invalid payloads are rejected with every violation, each naming the field and what is wrong. */
class PayloadValidatorTest {
    private final PayloadValidator validator = PayloadValidator.shared();

    private static ObjectNode example(Category category) {
        return (ObjectNode) Examples.of(category).getFirst().deepCopy();
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void elevenDigitPrmIsRejectedOnUsagePointId() {
        ObjectNode payload = example(Category.EDF_LOAD_CURVE).put("usagePointId", "01324654321");
        List<Violation> violations = validator.validate(Category.EDF_LOAD_CURVE, payload);
        assertEquals(List.of(new Violation("/usagePointId", "does not match the pattern ^[0-9]{14}$")), violations);
    }

    @Test
    void missingRequiredFieldIsNamed() {
        ObjectNode payload = example(Category.EDF_LOAD_CURVE);
        payload.remove("start");
        assertEquals(List.of(new Violation("/start", "is required but missing")),
                validator.validate(Category.EDF_LOAD_CURVE, payload));
    }

    @Test
    void impossibleDateIsRejected() {
        ObjectNode payload = example(Category.EDF_INVOICES).put("issueDate", "2016-03-033");
        List<Violation> violations = validator.validate(Category.EDF_INVOICES, payload);
        assertEquals(List.of("/issueDate"), fields(violations));
        assertTrue(violations.getFirst().reason().startsWith("is not a valid date"), violations.toString());

        payload.put("issueDate", "2016-02-30");
        assertEquals(List.of("/issueDate"), fields(validator.validate(Category.EDF_INVOICES, payload)));
    }

    @Test
    void fourDigitPostcodeIsRejectedInTheNestedAddress() {
        ObjectNode payload = example(Category.MAIF_CLAIMS);
        ((ObjectNode) payload.get("address")).put("postcode", "6900");
        assertEquals(List.of(new Violation("/address/postcode", "does not match the pattern ^[0-9]{5}$")),
                validator.validate(Category.MAIF_CLAIMS, payload));
    }

    @Test
    void everyViolationIsReportedNotOnlyTheFirst() {
        // The pilot's sinistre_habitation.json mapped naively: member number with its letter, local time without
        // offset, four-digit postcode, country name instead of code, and a native field left in.
        ObjectNode payload = example(Category.MAIF_CLAIMS)
                .put("memberNumber", "1234567N")
                .put("occurredAt", "2015-07-20T19:00")
                .put("docType", "InsuranceClaim");
        ((ObjectNode) payload.get("address")).put("postcode", "6900").put("country", "FRANCE");
        List<Violation> violations = validator.validate(Category.MAIF_CLAIMS, payload);
        assertEquals(List.of("/address/country", "/address/postcode", "/docType", "/memberNumber", "/occurredAt"),
                fields(violations));
        assertEquals("is not a field of this schema", violations.get(2).reason());
        assertTrue(violations.get(4).reason().contains("date-time"));
    }

    @Test
    void typeEnumAndRangeErrorsSayWhatIsExpected() {
        ObjectNode payload = example(Category.EDF_LOAD_CURVE).put("value", "230").put("unit", "kW");
        List<Violation> violations = validator.validate(Category.EDF_LOAD_CURVE, payload);
        assertEquals(List.of(
                new Violation("/unit", "must be one of [\"W\",\"Wh\"]"),
                new Violation("/value", "must be of type number, not string")), violations);

        ObjectNode air = example(Category.OPENDATA_AIR_QUALITY).put("atmoIndex", 7);
        assertEquals(List.of(new Violation("/atmoIndex", "must be at most 6")),
                validator.validate(Category.OPENDATA_AIR_QUALITY, air));
    }

    @Test
    void conditionalRulesOfCallsAndSms() {
        ObjectNode call = example(Category.ORANGE_CALLS).put("smsCount", 1);
        call.remove("durationSeconds");
        call.remove("cellLongitude");
        assertEquals(List.of(
                        new Violation("/cellLongitude", "is required when cellLatitude is present"),
                        new Violation("/durationSeconds", "is required but missing"),
                        new Violation("/smsCount", "is not allowed here")),
                validator.validate(Category.ORANGE_CALLS, call));
    }

    @Test
    void vehicleClaimNeedsARegistration() {
        ObjectNode claim = (ObjectNode) Examples.of(Category.MAIF_CLAIMS).get(1).deepCopy();
        claim.remove("vehicleRegistration");
        assertEquals(List.of(new Violation("/vehicleRegistration", "is required but missing")),
                validator.validate(Category.MAIF_CLAIMS, claim));
    }

    @Test
    void crossFieldRulesRunAfterTheSchema() {
        ObjectNode point = example(Category.EDF_LOAD_CURVE).put("end", "2017-08-16T23:00:00Z");
        assertEquals(List.of(new Violation("/end", "must equal start + intervalLength (PT30M)")),
                validator.validate(Category.EDF_LOAD_CURVE, point));

        ObjectNode weather = example(Category.OPENDATA_WEATHER).put("minTemperatureC", 30.0);
        assertEquals(List.of("/meanTemperatureC", "/minTemperatureC"),
                fields(validator.validate(Category.OPENDATA_WEATHER, weather)));

        ObjectNode air = example(Category.OPENDATA_AIR_QUALITY).put("atmoIndex", 2);
        assertEquals(List.of(new Violation("/atmoIndex", "must equal the worst (highest) sub-index")),
                validator.validate(Category.OPENDATA_AIR_QUALITY, air));
    }

    @Test
    void malformedJsonAndNonObjects() {
        assertEquals(List.of(new Violation("", "is not well-formed JSON")),
                validator.validate(Category.EDF_LOAD_CURVE, "{\"usagePointId\":".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new Violation("", "must be of type object, not array")),
                validator.validate(Category.EDF_LOAD_CURVE, "[]".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void typedPayloadsAreValidatedAsTheyWouldBeWritten() throws Exception {
        LoadCurvePoint good = Examples.first(Category.EDF_LOAD_CURVE, LoadCurvePoint.class);
        assertEquals(List.of(), validator.validate(good));
        LoadCurvePoint bad = new LoadCurvePoint("1324654321236", good.start(), good.end(), -1, good.unit(),
                good.intervalLength(), null, good.quality(), good.measureType());
        InvalidPayloadException thrown = assertThrows(InvalidPayloadException.class, () -> validator.requireValid(bad));
        assertEquals(Category.EDF_LOAD_CURVE, thrown.category());
        assertEquals(List.of("/flowDirection", "/usagePointId", "/value"), fields(thrown.violations()));
    }

    @Test
    void reasonsDoNotRepeatTheOffendingValue() {
        ObjectNode payload = example(Category.ORANGE_GEOLOCATION).put("msisdn", "0612345678");
        List<Violation> violations = validator.validate(Category.ORANGE_GEOLOCATION, payload);
        assertEquals(List.of("/msisdn"), fields(violations));
        assertFalse(violations.getFirst().toString().contains("0612345678"));
    }

    @Test
    void schemaDocumentIsACopy() {
        JsonNode document = validator.schemaDocument(Category.EDF_LOAD_CURVE);
        ((ObjectNode) document).put("title", "changed");
        assertEquals("Linky load curve point", validator.schemaDocument(Category.EDF_LOAD_CURVE).path("title").asText());
    }
}
