package fr.mesinfos.connector.maif.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MemberNumberAccountFormatTest {
    private final MemberNumberAccountFormat format = new MemberNumberAccountFormat();

    @Test
    void sevenDigitsAreTheNormalizedForm() {
        assertEquals(Optional.of("1234567"), format.normalize("1234567"));
        assertEquals(Optional.of("0034567"), format.normalize("0034567"), "leading zeros are kept");
    }

    @Test
    void theKeyLetterOfTheClaimsIsDropped() {
        assertEquals(Optional.of("1234567"), format.normalize("1234567N"));
        assertEquals(Optional.of("1234567"), format.normalize("1234567n"));
        assertEquals(Optional.of("1234567"), format.normalize("1234567 N"));
        assertEquals(Optional.of("1234567"), format.normalize(" 123 4567 "));
    }

    @Test
    void anythingElseIsRefusedWithAReasonThatDoesNotRepeatIt() {
        for (String raw : new String[] {null, "", "123456", "12345678", "1234567NN", "N1234567", "1234-567", "1234567é"}) {
            assertEquals(Optional.empty(), format.normalize(raw), String.valueOf(raw));
        }
        String expected = "must be a MAIF member number of 7 digits, optionally followed by one key letter";
        assertEquals(expected + "; it has 6 digits", format.refusal("123456"));
        assertEquals(expected + "; it has 8 digits", format.refusal("12345678N"));
        assertEquals(expected + "; it ends with more than one letter", format.refusal("1234567NN"));
        assertEquals(expected + "; it holds other characters", format.refusal("1234-567"));
        assertEquals(expected + "; it holds other characters", format.refusal("N1234567"));
        assertEquals(expected + "; it is empty", format.refusal(" "));
    }
}
