package fr.mesinfos.personal.consents;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import fr.mesinfos.personal.web.CategoryView;

/**
 * A consent in plain words for its person: who (the app), what (the categories by name), why (the purpose in their
 * language), for how long, and, once granted, what the app received.
 */
public record ConsentCard(ConsentApi.Consent consent, String app, List<CategoryView> categories, String why,
        List<Received> received, long receivedTotal) {

    /** What the app received of one category under this consent (from the vault's access log). */
    public record Received(String category, long records, Instant last) {
    }

    public static ConsentCard of(ConsentApi.Consent consent, Locale locale, List<Received> received) {
        List<CategoryView> categories = consent.categories() == null ? List.of()
                : consent.categories().stream().flatMap(id -> CategoryView.of(id, locale).stream()).toList();
        ConsentApi.Purpose purpose = consent.purpose();
        String why = purpose == null ? "" : Locale.ENGLISH.equals(locale) && purpose.textEn() != null ? purpose.textEn() : purpose.textFr();
        return new ConsentCard(consent, appName(consent.appId()), categories, why, received,
                received.stream().mapToLong(Received::records).sum());
    }

    /** The platform's own cross-data app has a name; other apps are shown by their registered id. */
    static String appName(String appId) {
        return "mesinfos-cross-data".equals(appId) ? "MesInfos – services croisés / cross-data services" : appId;
    }

    public String id() {
        return consent.id();
    }

    public String status() {
        return consent.status();
    }

    /** The message key of the status in plain words (status_ACTIVE...). */
    public String statusKey() {
        return "status_" + consent.status();
    }

    public boolean pending() {
        return "REQUESTED".equals(consent.status());
    }

    public boolean active() {
        return "ACTIVE".equals(consent.status());
    }
}
