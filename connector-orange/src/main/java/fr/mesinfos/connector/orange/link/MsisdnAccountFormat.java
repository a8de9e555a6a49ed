package fr.mesinfos.connector.orange.link;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import fr.mesinfos.connector.link.AccountFormat;

/**
 * Orange names a customer's line by its phone number (msisdn). Normalized form: the international French number
 * without "+" (33612345678), the form of the pilot files; a person may type it as 0612345678, 06 12 34 56 78,
 * +33 6 12 34 56 78 or 33612345678. Anything else is refused, never guessed.
 */
@ApplicationScoped
public class MsisdnAccountFormat implements AccountFormat {
    // the 9 digits after the trunk 0 (national) or after the country code 33 (international)
    private static final Pattern NATIONAL = Pattern.compile("0([0-9]{9})");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+?33([0-9]{9})");
    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("\\+?[0-9]*");
    private static final String EXPECTED = "must be a French phone number written 0612345678, 06 12 34 56 78, "
            + "+33 6 12 34 56 78 or 33612345678";

    /**
     * National prefixes (after the trunk 0) of the overseas departments and Saint-Pierre-et-Miquelon: inside France
     * they are dialled like metropolitan numbers, but their country codes are 262, 508, 590, 594 and 596, so writing
     * them after 33 would name another line.
     */
    static final Set<String> OVERSEAS_PREFIXES = Set.of(
            "262", "263", "269", "508", "590", "594", "596",
            "639", "690", "691", "692", "693", "694", "696", "697");

    @Override
    public String description() {
        return "French phone number (e.g. 06 12 34 56 78 or +33 6 12 34 56 78)";
    }

    @Override
    public Optional<String> normalize(String raw) {
        String significant = significant(raw);
        return significant != null && refusalOfSignificant(significant) == null
                ? Optional.of("33" + significant) : Optional.empty();
    }

    /** Why a text is not an accepted phone number, without repeating it (errors never carry personal data). */
    public String refusal(String raw) {
        String compact = compact(raw);
        if (compact.isEmpty()) {
            return EXPECTED + "; it is empty";
        }
        if (!ALLOWED_CHARACTERS.matcher(compact).matches()) {
            return EXPECTED + "; it holds characters other than digits, spaces and a leading +";
        }
        if (compact.matches("\\+?330[0-9]{9}")) {
            return EXPECTED + "; the trunk 0 must be dropped after the country code 33";
        }
        String significant = significant(raw);
        if (significant == null) {
            return EXPECTED + "; it is neither 10 digits starting with 0 nor 33 followed by 9 digits";
        }
        String refusal = refusalOfSignificant(significant);
        return refusal == null ? "is accepted" : refusal;
    }

    /** The 9 significant digits, or null if the text has none of the accepted shapes. */
    private static String significant(String raw) {
        String compact = compact(raw);
        for (Pattern shape : new Pattern[] {NATIONAL, INTERNATIONAL}) {
            Matcher matcher = shape.matcher(compact);
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static String refusalOfSignificant(String significant) {
        if (significant.charAt(0) == '0') {
            return EXPECTED + "; the digit after the trunk 0 or the country code cannot be 0";
        }
        if (significant.charAt(0) == '8') {
            return "is a special-rate or service number (08), not the number of a customer's line";
        }
        if (OVERSEAS_PREFIXES.contains(significant.substring(0, 3))) {
            return "is an overseas number, whose country code is not 33 (262, 508, 590, 594 or 596); it cannot be "
                    + "written in the 33 form";
        }
        return null;
    }

    // spaces (and the no-break spaces of copied text) are how people group the digits; nothing else is removed
    private static String compact(String raw) {
        return raw == null ? "" : raw.strip().replace(" ", "").replace("\u00a0", "");
    }
}
