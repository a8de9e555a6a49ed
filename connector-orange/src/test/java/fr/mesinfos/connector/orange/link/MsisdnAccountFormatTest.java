package fr.mesinfos.connector.orange.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MsisdnAccountFormatTest {
    private static final String EXPECTED = "must be a French phone number written 0612345678, 06 12 34 56 78, "
            + "+33 6 12 34 56 78 or 33612345678";
    private final MsisdnAccountFormat format = new MsisdnAccountFormat();

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "06 12 34 56 78", "+33 6 12 34 56 78", "33612345678", "+33612345678",
        " 06 12 34 56 78 ", "06\u00a012\u00a034\u00a056\u00a078"})
    void acceptsTheWaysPeopleAndOrangeWriteAMobileNumber(String raw) {
        assertEquals(Optional.of("33612345678"), format.normalize(raw));
    }

    @Test
    void acceptsLandlinesAndBoxNumbers() {
        assertEquals(Optional.of("33478123456"), format.normalize("04 78 12 34 56"));
        assertEquals(Optional.of("33712345678"), format.normalize("07 12 34 56 78"));
        assertEquals(Optional.of("33912345678"), format.normalize("+33 9 12 34 56 78"));
        assertEquals(Optional.of("33140000000"), format.normalize("0140000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "06.12.34.56.78", "06-12-34-56-78", "0033612345678", "+33 (0)6 12 34 56 78",
        "+330612345678", "3306123456789", "061234567", "06123456789", "3361234567", "+44 20 7946 0958", "tel:0612345678",
        "0812345678", "+33 8 00 00 00 00", "0012345678", "0692123456", "+33 6 92 12 34 56", "0590123456", "6 12 34 56 78"})
    void refusesAnythingElse(String raw) {
        assertEquals(Optional.empty(), format.normalize(raw));
    }

    @Test
    void refusesNull() {
        assertEquals(Optional.empty(), format.normalize(null));
    }

    @Test
    void saysWhyANumberIsRefusedWithoutRepeatingIt() {
        assertEquals(EXPECTED + "; it is empty", format.refusal(" "));
        assertEquals(EXPECTED + "; it holds characters other than digits, spaces and a leading +",
                format.refusal("06.12.34.56.78"));
        assertEquals(EXPECTED + "; the trunk 0 must be dropped after the country code 33",
                format.refusal("+33 06 12 34 56 78"));
        assertEquals(EXPECTED + "; it is neither 10 digits starting with 0 nor 33 followed by 9 digits",
                format.refusal("0033612345678"));
        assertEquals(EXPECTED + "; the digit after the trunk 0 or the country code cannot be 0",
                format.refusal("0012345678"));
        assertEquals("is a special-rate or service number (08), not the number of a customer's line",
                format.refusal("08 00 12 34 56"));
        assertEquals("is an overseas number, whose country code is not 33 (262, 508, 590, 594 or 596); it cannot be "
                + "written in the 33 form", format.refusal("06 92 12 34 56"));
    }

    @Test
    void everyOverseasPrefixIsRefusedInBothForms() {
        for (String prefix : MsisdnAccountFormat.OVERSEAS_PREFIXES) {
            assertEquals(Optional.empty(), format.normalize("0" + prefix + "123456"), prefix);
            assertEquals(Optional.empty(), format.normalize("33" + prefix + "123456"), prefix);
        }
    }

    @Test
    void describesTheAccount() {
        assertEquals("French phone number (e.g. 06 12 34 56 78 or +33 6 12 34 56 78)", format.description());
    }
}
