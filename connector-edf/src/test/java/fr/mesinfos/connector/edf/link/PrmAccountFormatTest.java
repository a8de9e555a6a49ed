package fr.mesinfos.connector.edf.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PrmAccountFormatTest {
    private final PrmAccountFormat format = new PrmAccountFormat();

    @Test
    void fourteenDigitsAreAPrmLeadingZerosKept() {
        assertEquals(Optional.of("01324654321236"), format.normalize("01324654321236"));
    }

    @Test
    void spacesAreRemoved() {
        assertEquals(Optional.of("01324654321236"), format.normalize(" 0132 4654 3212 36 "));
        assertEquals(Optional.of("01324654321236"), format.normalize("0132\u00a04654\u00a0321236"));
    }

    @Test
    void anythingElseIsRefused() {
        assertEquals(Optional.empty(), format.normalize(null));
        assertEquals(Optional.empty(), format.normalize(""));
        assertEquals(Optional.empty(), format.normalize("0132465432123"));
        assertEquals(Optional.empty(), format.normalize("013246543212367"));
        assertEquals(Optional.empty(), format.normalize("0132-4654-3212-36"));
        assertEquals(Optional.empty(), format.normalize("0132465432123A"));
        assertEquals(Optional.empty(), format.normalize("\t01324654321236"));
    }

    @Test
    void thePilotsElevenDigitUsagePointIdIsRefusedWithItsOwnReason() {
        assertEquals(Optional.empty(), format.normalize("01324654321"));
        String reason = format.refusal("01324654321");
        assertTrue(reason.contains("has 11"), reason);
        assertTrue(reason.contains("cannot be completed"), reason);
        assertFalse(reason.contains("01324654321"), "the reason never repeats the value");
    }

    @Test
    void refusalsSayWhyWithoutTheValue() {
        assertEquals("must be a PRM of 14 digits; it has 13", format.refusal("0132465432123"));
        assertEquals("must be a PRM of 14 digits; it holds other characters", format.refusal("0132-4654-3212-36"));
        assertEquals("must be a PRM of 14 digits; it is empty", format.refusal("  "));
    }

    @Test
    void describesItself() {
        assertEquals("meter PRM / usage point id (14 digits)", format.description());
    }
}
