package fr.mesinfos.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Topic names follow the naming rules, and app ids are checked before they become topics. */
class TopicsTest {
    private static final Pattern PARTNER = Pattern.compile("^partner\\.[a-z]+\\.[a-z-]+\\.v[0-9]+$");
    private static final Pattern OPENDATA = Pattern.compile("^opendata\\.[a-z-]+\\.v[0-9]+$");

    @Test
    void everyCategoryTopicFollowsTheNamingRule() {
        for (Category category : CategoryCatalog.all()) {
            Pattern rule = category.isOpenData() ? OPENDATA : PARTNER;
            assertTrue(rule.matcher(category.topic()).matches(), category.topic());
        }
    }

    @Test
    void partnerAndOpenDataTopics() {
        assertEquals(List.of(
                "partner.orange.geolocation.v1", "partner.orange.calls.v1", "partner.orange.invoices.v1",
                "partner.edf.load-curve.v1", "partner.edf.daily-consumption.v1", "partner.edf.contract.v1",
                "partner.edf.invoices.v1", "partner.maif.home-contract.v1", "partner.maif.claims.v1"),
                Topics.partnerTopics());
        assertEquals(List.of("opendata.air-quality.v1", "opendata.transit.v1", "opendata.weather.v1"),
                Topics.openDataTopics());
        assertEquals(12, Topics.categoryTopics().size());
        assertTrue(Topics.isPartnerTopic("partner.edf.load-curve.v1"));
        assertFalse(Topics.isPartnerTopic("opendata.weather.v1"));
        assertFalse(Topics.isPartnerTopic(Topics.CONSENT_STATE));
        assertFalse(Topics.isPartnerTopic("partner.edf.gas.v1"));
        assertTrue(Topics.isOpenDataTopic("opendata.transit.v1"));
        assertTrue(Topics.isCategoryTopic("opendata.transit.v1"));
        assertTrue(Topics.isCategoryTopic("partner.orange.calls.v1"));
        assertFalse(Topics.isCategoryTopic(Topics.app("budget-coach")));
        assertEquals("partner.maif.claims.v1", Topics.of(Category.MAIF_CLAIMS));
    }

    @Test
    void consentAndAppTopics() {
        assertEquals("consent.state.v1", Topics.CONSENT_STATE);
        assertEquals("app.budget-coach.v1", Topics.app("budget-coach"));
        assertEquals("app.budget-coach.", Topics.appTopicPrefix("budget-coach"));
        assertEquals("app.abc.v1", Topics.app("abc"));
        assertEquals("app." + "a".repeat(63) + ".v1", Topics.app("a".repeat(63)));
        assertTrue(Topics.isAppTopic("app.budget-coach.v1"));
        assertFalse(Topics.isAppTopic("app.Budget.v1"));
        assertFalse(Topics.isAppTopic("partner.edf.invoices.v1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Budget", "budget_coach", "budget.coach", "-budget", "budget-", "budget coach",
            "bâtiment", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void badAppIdsAreRejected(String appId) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topics.app(appId));
        assertTrue(e.getMessage().contains("invalid app id"), e.getMessage());
        assertFalse(Topics.isValidAppId(appId));
    }

    @Test
    void nullAppIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Topics.app(null));
    }
}
