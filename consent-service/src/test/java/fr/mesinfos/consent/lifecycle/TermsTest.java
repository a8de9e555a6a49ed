package fr.mesinfos.consent.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Terms are checked once, whoever proposes them; a grant narrows them and never widens them. */
class TermsTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    private static Terms terms(List<String> categories, String purpose, int days, Instant from, Instant to) {
        return new Terms(categories, purpose, "Conseils", "Advice", days, from, to, false);
    }

    private static Terms asked() {
        return terms(List.of("edf.load-curve", "edf.daily-consumption", "maif.claims"), "dpv:ServiceProvision", 180, FROM, TO).validated();
    }

    private static String field(Runnable action) {
        return assertThrows(InvalidTermsException.class, action::run).field();
    }

    @Test
    void unknownOrNonPartnerCategoryNamesItsIndex() {
        assertEquals("categories[1]", field(() -> terms(List.of("edf.load-curve", "edf.nope"), "dpv:ServiceProvision", 30, null, null).validated()));
        assertEquals("categories[0]", field(() -> terms(List.of("opendata.air-quality"), "dpv:ServiceProvision", 30, null, null).validated()));
        assertEquals("categories[1]", field(() -> terms(List.of("edf.load-curve", "edf.load-curve"), "dpv:ServiceProvision", 30, null, null).validated()));
        assertEquals("categories", field(() -> terms(List.of(), "dpv:ServiceProvision", 30, null, null).validated()));
    }

    @Test
    void accessIsTwelveMonthsAtMost() {
        assertEquals(365, terms(List.of("edf.load-curve"), "dpv:ServiceProvision", 365, null, null).validated().accessDays());
        assertEquals("accessDays", field(() -> terms(List.of("edf.load-curve"), "dpv:ServiceProvision", 366, null, null).validated()));
        assertEquals("accessDays", field(() -> terms(List.of("edf.load-curve"), "dpv:ServiceProvision", 0, null, null).validated()));
    }

    @Test
    void purposeIsAVettedDpvCodeWithWords() {
        assertEquals("purpose.code", field(() -> terms(List.of("edf.load-curve"), "dpv:Marketing", 30, null, null).validated()));
        assertEquals("purpose.textFr", field(() -> new Terms(List.of("edf.load-curve"), "dpv:ServiceProvision", " ", "x", 30, null, null, false).validated()));
        assertEquals("purpose.textEn", field(() -> new Terms(List.of("edf.load-curve"), "dpv:ServiceProvision", "x", null, 30, null, null, false).validated()));
        assertEquals("dataTo", field(() -> terms(List.of("edf.load-curve"), "dpv:ServiceProvision", 30, TO, FROM).validated()));
    }

    @Test
    void narrowingKeepsASubsetAShorterAccessAndANarrowerDataPeriod() {
        Terms granted = asked().narrowedBy(new Narrowing(List.of("maif.claims"), 30, FROM.plusSeconds(86_400), TO.minusSeconds(86_400)));
        assertEquals(List.of("maif.claims"), granted.categories());
        assertEquals(30, granted.accessDays());
        assertEquals(FROM.plusSeconds(86_400), granted.dataFrom());
        assertEquals(TO.minusSeconds(86_400), granted.dataTo());
        assertEquals(asked(), asked().narrowedBy(new Narrowing(null, null, null, null)));
    }

    @Test
    void wideningIsRefusedNamingTheField() {
        assertEquals("categories[1]", field(() -> asked().narrowedBy(new Narrowing(List.of("edf.load-curve", "orange.geolocation"), null, null, null))));
        assertEquals("accessDays", field(() -> asked().narrowedBy(new Narrowing(null, 181, null, null))));
        assertEquals("dataFrom", field(() -> asked().narrowedBy(new Narrowing(null, null, FROM.minusSeconds(1), null))));
        assertEquals("dataTo", field(() -> asked().narrowedBy(new Narrowing(null, null, null, TO.plusSeconds(1)))));
        assertEquals("categories", field(() -> asked().narrowedBy(new Narrowing(List.of(), null, null, null))));
    }

    @Test
    void anOpenDataPeriodMayBeClosedByTheGrant() {
        Terms open = terms(List.of("edf.load-curve"), "dpv:ServiceProvision", 30, null, null).validated();
        Terms granted = open.narrowedBy(new Narrowing(null, null, FROM, TO));
        assertEquals(FROM, granted.dataFrom());
        assertEquals(TO, granted.dataTo());
    }
}
