package fr.mesinfos.personal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The personal space in a real headless Chromium, against the real platform (PlatformUnderTest): Germaine logs in on
 * Keycloak's page, sees her data and its charts, answers a consent request, withdraws it, exports and erases; she never
 * sees anything of Camille's. Screenshots of the main pages go to target/screenshots for review.
 */
@QuarkusTest
@WithTestResource(PlatformUnderTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonalSpaceBrowserTest {
    static final String GERMAINE_PRM = "09111642617347";
    static final String CAMILLE_PRM = "09111642617399";
    static final String GERMAINE_MOBILE = "33612345678";
    static final String CAMILLE_MOBILE = "33698765432";
    /** 3 days of half-hour points for Germaine, 2 days for Camille: the counts tell whose data a page shows. */
    static final int GERMAINE_POINTS = 3 * 48;
    static final int CAMILLE_POINTS = 2 * 48;

    @TestHTTPResource("/")
    URL space;

    PlatformApis apis;
    Browser germaine;
    String consentId;

    @BeforeAll
    void platformWithData() throws Exception {
        apis = new PlatformApis(ConfigProvider.getConfig().getValue("personal-space.test.vault-url", String.class),
                ConfigProvider.getConfig().getValue("personal-space.test.consent-url", String.class));
        PartnerData.publish(TestUsers.GERMAINE.id(), PartnerData.loadCurve(GERMAINE_PRM, 3, 300));
        PartnerData.publish(TestUsers.GERMAINE.id(), PartnerData.daily(GERMAINE_PRM, 20, 8));
        PartnerData.publish(TestUsers.GERMAINE.id(), PartnerData.fixes(GERMAINE_MOBILE, 3, 45.76, 4.84));
        PartnerData.publish(TestUsers.GERMAINE.id(), PartnerData.calls(GERMAINE_MOBILE, 6));
        PartnerData.publish(TestUsers.GERMAINE.id(), List.of(PartnerData.claim("1234567")));
        PartnerData.publish(TestUsers.CAMILLE.id(), PartnerData.loadCurve(CAMILLE_PRM, 2, 900));
        PartnerData.publish(TestUsers.CAMILLE.id(), PartnerData.fixes(CAMILLE_MOBILE, 1, 48.85, 2.35));
        awaitHoldings(TestUsers.GERMAINE, Map.of("edf.load-curve", (long) GERMAINE_POINTS, "edf.daily-consumption", 20L,
                "orange.geolocation", 36L, "orange.calls", 6L, "maif.claims", 1L));
        awaitHoldings(TestUsers.CAMILLE, Map.of("edf.load-curve", (long) CAMILLE_POINTS, "orange.geolocation", 12L));
        germaine = new Browser(base(), downloads("germaine"));
    }

    @AfterAll
    void closeBrowser() {
        if (germaine != null) {
            germaine.close();
        }
    }

    @Test
    @Order(1)
    void loginThroughKeycloakThenHomeShowsWhatIsHeldByPartnerWithCounts() {
        germaine.login(TestUsers.GERMAINE);
        assertTrue(germaine.url().startsWith(base()), "back on the personal space after login: " + germaine.url());
        assertEquals("fr", germaine.js("return document.documentElement.lang;"), "French by default");
        assertEquals(String.valueOf(GERMAINE_POINTS), germaine.find("tr[data-category='edf.load-curve'] .count").getText());
        assertEquals("20", germaine.find("tr[data-category='edf.daily-consumption'] .count").getText());
        assertEquals("36", germaine.find("tr[data-category='orange.geolocation'] .count").getText());
        assertEquals("6", germaine.find("tr[data-category='orange.calls'] .count").getText());
        assertTrue(germaine.find("#held-total").getText().contains(String.valueOf(GERMAINE_POINTS + 20 + 36 + 6 + 1)));
        // the partners whose connector does not answer are said so, in words, and the rest of the page is there
        assertTrue(germaine.text().contains("Ce service ne répond pas pour le moment"));
        germaine.screenshot("home");

        germaine.find("form.lang button").click();
        germaine.waitUntil("English page", () -> "en".equals(germaine.js("return document.documentElement.lang;")));
        assertEquals("What the platform keeps for me", germaine.find("h1").getText());
        germaine.screenshot("home-en");
        germaine.find("form.lang button").click();
        germaine.waitUntil("French page", () -> "fr".equals(germaine.js("return document.documentElement.lang;")));
    }

    @Test
    @Order(2)
    void theLoadCurveIsAChartWithRealPointsAndNoneOfCamillesData() {
        germaine.open("/data/edf.load-curve?step=hour");
        long drawn = chartPoints();
        int rows = germaine.driver.findElements(By.cssSelector("#series-table tbody tr")).size();
        assertTrue(drawn >= 72, "about 3 days of hourly points drawn, got " + drawn);
        assertEquals(rows, drawn, "the chart and its table alternative show the same buckets");
        double total = ((Number) germaine.js("return Chart.getChart('chart').data.datasets[0].data.reduce((a, b) => a + b, 0);")).doubleValue();
        // Germaine: 300 W all day, +1500 W 18–22 h, +800 W 7–9 h, over 3 days = (24*0.3 + 4*1.5 + 2*0.8) kWh * 3 = 44.4 kWh
        assertEquals(44.4, total, 0.05, "the energy drawn is Germaine's (Camille's curve is 900 W)");
        germaine.screenshot("data-load-curve-hour");

        // zoom: per day
        new org.openqa.selenium.support.ui.Select(germaine.find("#step")).selectByValue("day");
        germaine.find("#zoom").click();
        germaine.waitUntil("daily chart", () -> germaine.url().contains("step=day"));
        long days = chartPoints();
        assertTrue(days >= 3 && days <= 92, "daily buckets: " + days);
        germaine.phone();
        germaine.open("/data/edf.load-curve?step=day");
        chartPoints();
        germaine.screenshot("data-load-curve-day-phone");
        germaine.desktop();

        germaine.open("/data/orange.geolocation");
        long places = chartPoints("return Chart.getChart('chart').data.datasets.reduce((n, d) => n + d.data.length, 0);");
        assertEquals(36, places, "every fix of Germaine's last days is plotted");
        Number north = (Number) germaine.js("return Math.max(...Chart.getChart('chart').data.datasets.flatMap(d => d.data.map(p => p.y)));");
        assertTrue(north.doubleValue() < 46, "no fix of Camille's (Paris, 48.85° N) is plotted: " + north);
        germaine.screenshot("data-places");

        germaine.open("/data/orange.calls");
        assertEquals(6, germaine.driver.findElements(By.cssSelector("#records-table tbody tr")).size());
        germaine.open("/data/maif.claims");
        assertTrue(germaine.find(".record-card").getText().contains("SIN2026"));
        germaine.screenshot("data-claims");
    }

    @Test
    @Order(3)
    void approvingPartOfARequestMakesTheConsentActiveForWhatWasKept() throws Exception {
        consentId = apis.requestConsent(PlatformApis.COACH, TestUsers.GERMAINE, List.of("edf.load-curve", "edf.daily-consumption"));
        germaine.open("/consents");
        WebElement request = germaine.find("article.pending[data-consent='" + consentId + "']");
        assertTrue(request.getText().contains("demo-energy-coach"), "who asks");
        assertTrue(request.getText().contains("Vous conseiller pour réduire votre consommation"), "why, in French");
        assertTrue(request.getText().contains("90 jours"), "for how long");
        germaine.screenshot("consents-request");
        // keep the load curve, not the daily consumption, and only 30 days
        request.findElement(By.cssSelector("input[value='edf.daily-consumption']")).click();
        WebElement days = request.findElement(By.cssSelector("input[name='accessDays']"));
        days.clear();
        days.sendKeys("30");
        request.findElement(By.cssSelector("button.approve")).click();
        germaine.awaitText("#notice", "Votre accord est enregistré");
        var consent = apis.appConsent(PlatformApis.COACH, consentId);
        assertEquals("ACTIVE", consent.path("status").asText());
        assertEquals(List.of("edf.load-curve"), new ObjectMapper().convertValue(consent.path("categories"), List.class));
        assertEquals(30, consent.path("accessDays").asInt());
        assertTrue(germaine.has("article.active[data-consent='" + consentId + "']"));
        germaine.screenshot("consents-active");
    }

    @Test
    @Order(4)
    void withdrawingIsOneClickAndTheReceiptsCanBeDownloaded() throws Exception {
        germaine.open("/consents");
        germaine.find("article.active[data-consent='" + consentId + "'] button.withdraw").click();
        germaine.awaitText("#notice", "Votre consentement est retiré");
        assertEquals("WITHDRAWN", apis.appConsent(PlatformApis.COACH, consentId).path("status").asText());
        assertFalse(germaine.has("article.active[data-consent='" + consentId + "']"));
        assertTrue(germaine.has("#ended tr[data-consent='" + consentId + "']"));

        germaine.open("/consents/" + consentId);
        assertEquals("Retiré par vous", germaine.find("#consent-status").getText());
        List<WebElement> receipts = germaine.driver.findElements(By.cssSelector("#receipts a"));
        assertEquals(2, receipts.size(), "a grant receipt and a withdrawal receipt");
        germaine.screenshot("consent-details");
    }

    @Test
    @Order(5)
    void aPersonNeverSeesAnotherPersonsConsentOrData() throws Exception {
        String camilles = apis.requestConsent(PlatformApis.COACH, TestUsers.CAMILLE, List.of("edf.load-curve"));
        germaine.open("/consents/" + camilles);
        assertTrue(germaine.text().contains("Cette page n'existe pas, ou ce qu'elle montre ne vous concerne pas."));
        assertFalse(germaine.text().contains(camilles));
        germaine.open("/consents/" + camilles + "/receipts/x");
        assertTrue(germaine.text().contains("Cette page n'existe pas"));
        germaine.open("/consents");
        assertFalse(germaine.has("[data-consent='" + camilles + "']"), "Camille's request is not in Germaine's list");
        germaine.open("/");
        assertFalse(germaine.text().contains(String.valueOf(GERMAINE_POINTS + CAMILLE_POINTS)), "no count of Camille's added");
        germaine.open("/data/edf.daily-consumption");
        assertTrue(chartPoints() > 0);
    }

    @Test
    @Order(6)
    void exportDownloadsTheArchiveWithItsManifest() throws Exception {
        germaine.open("/export");
        germaine.screenshot("export-erase");
        germaine.find("#download").click();
        Path dir = downloads("germaine");
        germaine.waitUntil("the archive downloaded", () -> zip(dir) != null);
        Path archive = zip(dir);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifest = zip.getEntry("manifest.json");
            assertNotNull(manifest, "manifest.json in the archive");
            var json = new ObjectMapper().readTree(zip.getInputStream(manifest));
            assertTrue(json.toString().contains("edf.load-curve"), "the manifest lists the load curve");
            assertNotNull(zip.getEntry("edf.load-curve/records.jsonl"));
            long lines = new String(zip.getInputStream(zip.getEntry("edf.load-curve/records.jsonl")).readAllBytes()).lines().count();
            assertEquals(GERMAINE_POINTS, lines, "Germaine's load curve, not Camille's");
        }
    }

    @Test
    @Order(7)
    void erasingACategoryAsksForConfirmationThenItIsGone() throws Exception {
        germaine.open("/export");
        germaine.find("#erase-orange\\.calls").click();
        germaine.find("#erase-next").click();
        // step two: nothing erased yet; the page says what will be
        assertTrue(germaine.find("#confirm-list").getText().contains("Appels et SMS – 6 enregistrements"));
        assertEquals(6L, apis.holdings(TestUsers.GERMAINE).getOrDefault("orange.calls", 0L), "not erased before confirming");
        germaine.screenshot("erase-confirm");
        germaine.find("#understood").click();
        germaine.find("#erase-confirm").click();
        germaine.awaitText("#notice", "C'est effacé");
        assertEquals(0L, apis.holdings(TestUsers.GERMAINE).getOrDefault("orange.calls", 0L));
        assertTrue(germaine.has("#erasures-table tbody tr"));
        germaine.open("/");
        assertFalse(germaine.has("tr[data-category='orange.calls']"), "the home page no longer lists the calls");
        assertTrue(germaine.has("tr[data-category='edf.load-curve']"), "the other categories are kept");
    }

    @Test
    @Order(8)
    void aCrossDataServiceAsksForItsConsentFromThePage() {
        germaine.open("/services");
        WebElement energy = germaine.find("#service-energy-weather");
        assertTrue(energy.getText().contains("Consommation d'électricité quotidienne"), "names the data it needs");
        germaine.screenshot("services");
        energy.findElement(By.cssSelector("button.ask-consent")).click();
        germaine.awaitText("#notice", "Le service vous demande votre accord");
        WebElement request = germaine.find("article.pending");
        assertTrue(request.getText().contains("MesInfos"));
        request.findElement(By.cssSelector("button.approve")).click();
        germaine.awaitText("#notice", "Votre accord est enregistré");
        // opendata-service follows consent.state.v1: the service answers once it has read the new consent
        germaine.waitUntil("the energy-weather service answers", () -> {
            germaine.open("/services");
            return !germaine.find("#service-energy-weather").findElements(By.cssSelector("dl.facts")).isEmpty();
        });
        germaine.screenshot("services-energy-weather");
    }

    @Test
    @Order(9)
    void anAccountIsLinkedAndUnlinkedFromHome() {
        germaine.open("/");
        new org.openqa.selenium.support.ui.Select(germaine.find("#link-partner")).selectByValue("edf");
        germaine.find("#link-account").sendKeys(GERMAINE_PRM);
        germaine.find("#link-form button").click();
        germaine.awaitText("#notice", "Le compte est rattaché");
        assertTrue(germaine.find("ul.links[data-partner='edf']").getText().contains(GERMAINE_PRM));
        germaine.find("ul.links[data-partner='edf'] button").click();
        germaine.awaitText("#notice", "Le compte est détaché");
        assertFalse(germaine.has("ul.links[data-partner='edf']"));
    }

    @Test
    @Order(10)
    void logoutEndsTheSessionAtKeycloakToo() {
        germaine.open("/");
        germaine.find("#logout").click();
        germaine.waitUntil("the logged-out page", () -> germaine.url().contains("/goodbye"));
        germaine.screenshot("goodbye");
        germaine.open("/");
        germaine.waitUntil("Keycloak asks to log in again", () -> germaine.has("#username"));
    }

    private long chartPoints() {
        return chartPoints("return Chart.getChart('chart').data.datasets[0].data.length;");
    }

    private long chartPoints(String script) {
        germaine.find("canvas#chart");
        germaine.waitUntil("Chart.js drew the chart", () -> Boolean.TRUE.equals(germaine.js(
                "return typeof Chart !== 'undefined' && Chart.getChart('chart') !== undefined;")));
        return ((Number) germaine.js(script)).longValue();
    }

    private String base() {
        // the realm allows loopback redirects on 127.0.0.1 (any port), the address Keycloak and the space use
        return space.toString().replace("localhost", "127.0.0.1");
    }

    private static Path downloads(String who) {
        try {
            return Files.createDirectories(Browser.DOWNLOADS.resolve(who));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path zip(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private void awaitHoldings(TestUsers person, Map<String, Long> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, Long> held = Map.of();
        while (System.nanoTime() < deadline) {
            held = apis.holdings(person);
            Map<String, Long> seen = held;
            if (expected.entrySet().stream().allMatch(e -> e.getValue().equals(seen.get(e.getKey())))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(person + " holdings not reached: " + held);
    }
}
