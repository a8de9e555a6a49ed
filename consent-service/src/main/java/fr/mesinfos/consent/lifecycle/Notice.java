package fr.mesinfos.consent.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The exact text a person is shown for a consent version, in French and English, rendered from its terms only; its
 * version is the hash of that text, so the history can say which wording each decision was taken on (CS-DM-8).
 */
public record Notice(String version, String textFr, String textEn) {

    public static Notice of(String appId, Terms terms) {
        String fr = "L'application " + appId + " demande à recevoir vos données : "
                + terms.catalogCategories().stream().map(c -> c.displayNameFr() + " (" + c.source().id() + ")").collect(Collectors.joining(", "))
                + ".\nFinalité (" + terms.purposeCode() + ") : " + terms.purposeTextFr()
                + "\nBase légale : votre consentement (RGPD art. 6(1)(a))."
                + "\nDurée d'accès : " + terms.accessDays() + " jours" + (terms.oneOff() ? ", en une seule fois" : "")
                + ".\nPériode des données : " + period(terms.dataFrom(), terms.dataTo(), "depuis toujours", "sans fin")
                + ".\nVous pouvez retirer ce consentement à tout moment dans votre espace personnel MesInfos ; le retrait prend effet immédiatement.";
        String en = "The app " + appId + " asks to receive your data: "
                + terms.catalogCategories().stream().map(c -> c.displayNameEn() + " (" + c.source().id() + ")").collect(Collectors.joining(", "))
                + ".\nPurpose (" + terms.purposeCode() + "): " + terms.purposeTextEn()
                + "\nLegal basis: your consent (GDPR Art. 6(1)(a))."
                + "\nAccess for: " + terms.accessDays() + " days" + (terms.oneOff() ? ", once" : "")
                + ".\nData period: " + period(terms.dataFrom(), terms.dataTo(), "from the beginning", "open-ended")
                + ".\nYou can withdraw this consent at any time in your MesInfos personal space; withdrawal takes effect at once.";
        return new Notice("sha256:" + sha256(fr + "\n\n" + en).substring(0, 32), fr, en);
    }

    private static String period(Instant from, Instant to, String openStart, String openEnd) {
        return (from == null ? openStart : from.toString()) + " → " + (to == null ? openEnd : to.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
