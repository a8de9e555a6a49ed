package fr.mesinfos.connector.maif.link;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import fr.mesinfos.connector.link.AccountFormat;

/**
 * MAIF names a member by the member number (numéro de sociétaire): 7 digits, the pattern of memberNumber in the
 * maif.* schemas. Some MAIF records write it with its key letter appended (the pilot's claims: 1234567N, its contracts:
 * 1234567); links and pushed records meet on the 7 digits alone.
 */
@ApplicationScoped
public class MemberNumberAccountFormat implements AccountFormat {
    /** The normalized form, the schemas' memberNumber pattern ^[0-9]{7}$. */
    public static final Pattern NORMALIZED = Pattern.compile("[0-9]{7}");
    // 7 digits, then optionally one key letter; the letter's computation is not public, so it is dropped, not checked
    private static final Pattern ACCEPTED = Pattern.compile("([0-9]{7})([A-Za-z])?");
    private static final Pattern DIGITS_THEN_LETTERS = Pattern.compile("([0-9]*)([A-Za-z]*)");

    @Override
    public String description() {
        return "MAIF member number (numéro de sociétaire): 7 digits, optionally followed by its key letter";
    }

    @Override
    public Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = ACCEPTED.matcher(withoutSpaces(raw));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Why a text is not a member number, without repeating it (errors never carry personal data). */
    public String refusal(String raw) {
        String text = raw == null ? "" : withoutSpaces(raw);
        String expected = "must be a MAIF member number of 7 digits, optionally followed by one key letter";
        if (text.isEmpty()) {
            return expected + "; it is empty";
        }
        Matcher m = DIGITS_THEN_LETTERS.matcher(text);
        if (!m.matches()) {
            return expected + "; it holds other characters";
        }
        if (m.group(2).length() > 1) {
            return expected + "; it ends with more than one letter";
        }
        // fewer digits are not padded: a lost leading zero cannot be told from a lost last digit
        return expected + "; it has " + m.group(1).length() + " digits";
    }

    // spaces are how people group the number (1234567 N); nothing else is removed
    private static String withoutSpaces(String raw) {
        return raw.replace(" ", "").replace("\u00a0", "");
    }
}
