package fr.mesinfos.connector.edf.link;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import fr.mesinfos.connector.link.AccountFormat;

/**
 * EDF and Enedis name a customer's meter by its PRM (point de référence mesure, also PDL or usage point id): 14 digits,
 * leading zeros kept. Links and pushed records meet on the digits alone, spaces removed.
 */
@ApplicationScoped
public class PrmAccountFormat implements AccountFormat {
    private static final Pattern PRM = Pattern.compile("[0-9]{14}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    @Override
    public String description() {
        return "meter PRM / usage point id (14 digits)";
    }

    @Override
    public Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = withoutSpaces(raw);
        return PRM.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /**
     * Why a text is not a PRM, without repeating it (errors never carry personal data). The pilot's Enedis extracts
     * carry an 11-digit usage_point_id, the contract's 14-digit PDL cut short: it cannot be completed, so it gets its
     * own reason.
     */
    public String refusal(String raw) {
        String digits = raw == null ? "" : withoutSpaces(raw);
        if (digits.isEmpty()) {
            return "must be a PRM of 14 digits; it is empty";
        }
        if (!DIGITS.matcher(digits).matches()) {
            return "must be a PRM of 14 digits; it holds other characters";
        }
        if (digits.length() == 11) {
            return "must be a PRM of 14 digits; it has 11, like the truncated usage point ids of the pilot's Enedis"
                    + " extracts, which cannot be completed";
        }
        return "must be a PRM of 14 digits; it has " + digits.length();
    }

    // spaces are how people and PDFs group the digits (0132 4654 3212 36); nothing else is removed
    private static String withoutSpaces(String raw) {
        return raw.replace(" ", "").replace("\u00a0", "");
    }
}
