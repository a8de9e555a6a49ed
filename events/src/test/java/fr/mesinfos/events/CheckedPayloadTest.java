package fr.mesinfos.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.events.payload.LoadCurvePoint;
import io.cloudevents.CloudEvent;

/** Checking once then encoding gives exactly the event the validating path gives; an invalid payload never gets that far. */
class CheckedPayloadTest {
    private static final String PERSON = "8f3c5a0e-2b1d-4c7e-9a6f-0d1e2f3a4b01";

    @ParameterizedTest
    @MethodSource("fr.mesinfos.events.Examples#all")
    void checkedEncodingEqualsValidatingEncoding(Category category, int index, JsonNode example) throws Exception {
        if (category.isOpenData()) {
            return;
        }
        CategoryPayload payload = Examples.typed(category, example);
        Checked checked = PayloadValidator.shared().check(payload);
        assertTrue(checked.isValid(), checked.violations().toString());
        assertEquals(category, checked.category());

        CloudEvent viaCheck = EventCodec.encode(PERSON, checked.valid()).value();
        CloudEvent viaPayload = EventCodec.encode(PERSON, payload).value();
        assertEquals(viaPayload.getId(), viaCheck.getId());
        assertEquals(viaPayload.getType(), viaCheck.getType());
        assertEquals(viaPayload.getTime(), viaCheck.getTime());
        assertArrayEquals(viaPayload.getData().toBytes(), viaCheck.getData().toBytes());
    }

    @Test
    void invalidPayloadHasViolationsAndNoValidPayload() throws Exception {
        LoadCurvePoint point = Examples.first(Category.EDF_LOAD_CURVE, LoadCurvePoint.class);
        LoadCurvePoint bad = new LoadCurvePoint("01324654321", point.start(), point.end(), point.value(), point.unit(),
                point.intervalLength(), point.flowDirection(), point.quality(), point.measureType());
        Checked checked = PayloadValidator.shared().check(bad);
        assertFalse(checked.isValid());
        assertNull(checked.valid());
        assertEquals("/usagePointId", checked.violations().get(0).field());
        InvalidPayloadException refused = assertThrows(InvalidPayloadException.class, checked::require);
        assertTrue(refused.getMessage().contains("/usagePointId"), refused.getMessage());
    }
}
