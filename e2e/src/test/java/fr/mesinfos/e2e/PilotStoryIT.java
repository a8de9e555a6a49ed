package fr.mesinfos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.DecodedEvent;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.simulators.Persona;
import fr.mesinfos.testkit.Await;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Workspace;
import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import fr.mesinfos.testkit.platform.PlatformProcesses;
import io.cloudevents.CloudEvent;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The MesInfos story end to end, every service running as an operator runs it (packaged jars as child processes on
 * the real secured Kafka, Keycloak, PostgreSQL and MongoDB of the testkit): EDF, Orange and MAIF push a month of
 * Germaine's and Gérard's data through their connectors; the vault holds exactly it; an app registers, asks both for
 * their load curve; Germaine approves, Gérard refuses; the app, a real Kafka client with its own credentials, receives
 * exactly Germaine's load curve pushed from then on and nothing of Gérard's nor of any other category; Germaine
 * withdraws: nothing more of hers reaches the app, which gets one stop-and-delete event; she exports (the archive
 * matches the vault, category by category) and erases everything (vault, links at the three connectors, consents
 * gone; the app is told once more, for the consent she had given again).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PilotStoryIT {
    private static final Logger LOG = Logger.getLogger(PilotStoryIT.class);
    private static final String LOAD_CURVE = Category.EDF_LOAD_CURVE.id();
    private static final String GEOLOCATION = Category.ORANGE_GEOLOCATION.id();
    private static final String CALLS = Category.ORANGE_CALLS.id();
    private static final String CONTRACTS = Category.MAIF_HOME_CONTRACT.id();
    private static final String CLAIMS = Category.MAIF_CLAIMS.id();
    private static final String ENDED = "fr.mesinfos.consent.ended.v1";
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The month every partner pushes: January 2026, 30 whole days (no DST change: 48 half-hours a day). */
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    private static final int MONTH_DAYS = 30;
    /** Probes (single half-hours) are pushed from this day on: after every other day of the story. */
    private static final LocalDate PROBE_DAYS = LocalDate.of(2026, 3, 1);
    /** The cross-data services of opendata-service, none of which Germaine ever consents to here. */
    private static final List<String> CROSS_DATA_SERVICES = List.of("air-exposure", "energy-weather", "transit-trips");

    private final String prmGermaine = EdfConnector.newPrm("1400");
    private final String prmGerard = EdfConnector.newPrm("1500");
    /** Their phone line and MAIF membership, and what Orange and MAIF push for them: the simulators' personas. */
    private final Persona germaine = StoryPersonas.withAClaim(TestUsers.GERMAINE, 7_000_001, JANUARY, MONTH_DAYS);
    private final Persona gerard = StoryPersonas.withAClaim(TestUsers.GERARD, 7_100_001, JANUARY, MONTH_DAYS);
    private final String appId = "e2e-coach-" + UUID.randomUUID().toString().substring(0, 8);
    /** What the connectors accepted for each person, by category (event ids from their 202 answers). */
    private final Accepted accepted = new Accepted();
    /** Everything the app read from its topic, in order. */
    private List<ConsumerRecord<String, CloudEvent>> received = List.of();

    private PlatformProcesses platform;
    private Operations operations;
    private EdfConnector edf;
    private SimulatedPartner orange;
    private SimulatedPartner maif;
    private VaultApi vault;
    private ConsentApi consents;
    private OpenDataApi openData;
    private ConsentApi.App registered;
    private AppTopic app;
    private String firstConsent;
    private String secondConsent;
    private String gerardConsent;
    private int probes;
    private final long startedAt = System.nanoTime();

    @BeforeAll
    void startThePlatform() {
        platform = PlatformProcesses.builder()
                .with(Service.values())
                .workDir(Workspace.root().resolve("e2e/target"))
                .start();
        LOG.infof("platform up after %d s: %s", elapsedSeconds(), platform);
        operations = new Operations(platform);
        edf = new EdfConnector(platform);
        orange = new SimulatedPartner(new PartnerConnector(platform, Service.CONNECTOR_ORANGE, "orange"));
        maif = new SimulatedPartner(new PartnerConnector(platform, Service.CONNECTOR_MAIF, "maif"));
        vault = new VaultApi(platform);
        consents = new ConsentApi(platform);
        openData = new OpenDataApi(platform);
    }

    @AfterAll
    void stopThePlatform() {
        if (app != null) {
            app.close();
        }
        if (platform != null) {
            platform.close();
        }
        LOG.infof("story done after %d s", elapsedSeconds());
    }

    @Test
    @Order(1)
    void partnersPushAMonthOfDataAndTheVaultHoldsExactlyIt() {
        assertEquals(EnumSet.allOf(Service.class), platform.services(), "every service is running");
        operations.assertEveryServiceReady();
        operations.assertPersonalSpaceSendsToLogin();

        // each person links her account at each partner, with her own token
        edf.link(TestUsers.GERMAINE, prmGermaine, 201);
        edf.link(TestUsers.GERARD, prmGerard, 201);
        for (SimulatedPartner partner : List.of(orange, maif)) {
            partner.link(TestUsers.GERMAINE, germaine);
            partner.link(TestUsers.GERARD, gerard);
        }
        // EDF: January 2026, 30 whole days of half-hours: 30 × 48 = 1,440 events per person
        assertEquals(1440, pushLoadCurve(TestUsers.GERMAINE, prmGermaine, JANUARY, 30));
        assertEquals(1440, pushLoadCurve(TestUsers.GERARD, prmGerard, JANUARY, 30));
        // Orange (location fixes every half-hour, calls and SMS) and MAIF (the member file, the month's claims), as
        // the simulators generate them
        for (SimulatedPartner partner : List.of(orange, maif)) {
            accepted.addAll(TestUsers.GERMAINE, partner.push(germaine, JANUARY, MONTH_DAYS));
            accepted.addAll(TestUsers.GERARD, partner.push(gerard, JANUARY, MONTH_DAYS));
        }
        for (TestUsers person : List.of(TestUsers.GERMAINE, TestUsers.GERARD)) {
            Map<String, Long> counts = accepted.counts(person);
            assertEquals(Set.of(LOAD_CURVE, GEOLOCATION, CALLS, CONTRACTS, CLAIMS), counts.keySet(), "every partner's categories");
            assertEquals(1440, counts.get(GEOLOCATION), "a fix every half-hour for 30 days");
            assertTrue(counts.get(CALLS) >= MONTH_DAYS, "at least a call or SMS a day");
            assertTrue(counts.get(CONTRACTS) >= 1 && counts.get(CLAIMS) >= 1, "her home contract and a claim");
            LOG.infof("January accepted for %s: %s", person.username(), counts);
        }

        assertVaultHoldsExactly(TestUsers.GERMAINE);
        assertVaultHoldsExactly(TestUsers.GERARD);
        assertNoCrossDataServiceReady(TestUsers.GERMAINE);
    }

    @Test
    @Order(2)
    void anAppRegistersAndAsksGermaineAndGerardForTheirLoadCurve() {
        registered = consents.register(appId, "Coach énergie (e2e)");

        firstConsent = ask(TestUsers.GERMAINE);
        gerardConsent = ask(TestUsers.GERARD);
        assertEquals("REQUESTED", consentStatus(TestUsers.GERMAINE, firstConsent));

        // the app reads its own topic as a real Kafka client with its own credentials, from now on
        app = new AppTopic(registered);
        received = app.received();
        readFor(Duration.ofSeconds(3));
        assertEquals(List.of(), received, "nothing before any consent");
    }

    @Test
    @Order(3)
    void germaineApprovesGerardRefusesAndTheAppReceivesExactlyGermainesLoadCurve() {
        act(TestUsers.GERMAINE, firstConsent, "approve").statusCode(200);
        act(TestUsers.GERARD, gerardConsent, "refuse").statusCode(200);
        assertEquals("ACTIVE", consentStatus(TestUsers.GERMAINE, firstConsent));
        assertEquals("REJECTED", consentStatus(TestUsers.GERARD, gerardConsent));
        // the gate applies the approval asynchronously (outbox → consent.state.v1 → gate): wait until a probe
        // half-hour of Germaine's goes through, so that what follows is judged under the ACTIVE consent
        Set<String> probed = probeUntilDelivered(firstConsent);

        int before = received.size();
        LocalDate february = LocalDate.of(2026, 2, 1);
        // under her consent to the load curve, Orange pushes a week of February (7 × 48 = 336 fixes, calls) and MAIF
        // sends the member file again (the same contracts: the same event ids); none of it is the app's
        for (TestUsers person : List.of(TestUsers.GERMAINE, TestUsers.GERARD)) {
            Persona persona = person == TestUsers.GERMAINE ? germaine : gerard;
            Map<String, List<String>> week = orange.push(persona, february, 7);
            assertEquals(336, week.get(GEOLOCATION).size());
            accepted.addAll(person, week);
            Map<String, List<String>> again = maif.push(persona, february, 7);
            assertEquals(accepted.ids(person, CONTRACTS), new LinkedHashSet<>(again.get(CONTRACTS)), "the same contracts, the same ids");
            accepted.addAll(person, again);
        }
        Set<String> germaineFebruary = new LinkedHashSet<>();
        // a week of February's load curve for both: 7 × 48 = 336 events each
        assertEquals(336, pushLoadCurve(TestUsers.GERMAINE, prmGermaine, february, 7, germaineFebruary));
        assertEquals(336, pushLoadCurve(TestUsers.GERARD, prmGerard, february, 7));
        readUntil(() -> received.size() - before >= 336);
        readFor(Duration.ofSeconds(3)); // anything more would show here

        List<ConsumerRecord<String, CloudEvent>> week = received.subList(before, received.size());
        assertEquals(336, week.size(), "exactly Germaine's 336 load-curve events of the week");
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, CloudEvent> record : week) {
            DecodedEvent<?> event = EventCodec.decode(record);
            assertEquals(TestUsers.GERMAINE.id(), record.key());
            assertEquals(LOAD_CURVE, event.category().id());
            assertEquals(firstConsent, header(record, "mesinfos_consent_id"));
            ids.add(record.value().getId());
        }
        assertEquals(germaineFebruary, ids, "the same event ids as pushed, each once");
        // everything the app ever got: Germaine's probes that went through and her week; nothing of Gérard, no
        // January, nothing of Orange's or MAIF's
        for (ConsumerRecord<String, CloudEvent> record : received) {
            assertEquals(TestUsers.GERMAINE.id(), record.key(), "nothing of Gérard");
            assertEquals(LOAD_CURVE, EventCodec.decode(record).category().id(), "the load curve only");
            assertTrue(germaineFebruary.contains(record.value().getId()) || probed.contains(record.value().getId()),
                    "only load curve pushed under the consent");
        }
        assertVaultHoldsExactly(TestUsers.GERMAINE);
        assertVaultHoldsExactly(TestUsers.GERARD);
    }

    @Test
    @Order(4)
    void afterTheWithdrawalNothingMoreReachesTheAppWhichIsToldToStopAndDelete() {
        int before = received.size();
        Response withdrawal = consents.withdraw(TestUsers.GERMAINE, firstConsent, "e2e");
        assertEquals(200, withdrawal.statusCode(), withdrawal.asString());
        assertEquals("true", withdrawal.header("MesInfos-Gate-Applied"), "answered once the gate applied it");
        assertEquals("WITHDRAWN", consentStatus(TestUsers.GERMAINE, firstConsent));

        // both keep pushing: the second week of February, 336 events each
        LocalDate secondWeek = LocalDate.of(2026, 2, 8);
        assertEquals(336, pushLoadCurve(TestUsers.GERMAINE, prmGermaine, secondWeek, 7));
        assertEquals(336, pushLoadCurve(TestUsers.GERARD, prmGerard, secondWeek, 7));
        awaitVaultCounts(TestUsers.GERMAINE);
        awaitVaultCounts(TestUsers.GERARD);
        readUntil(() -> received.size() > before);
        readFor(Duration.ofSeconds(5)); // the gate commits every 200 ms: anything more would show here

        List<ConsumerRecord<String, CloudEvent>> after = received.subList(before, received.size());
        assertEquals(1, after.size(), "exactly one record after the withdrawal: the stop-and-delete event");
        assertControl(after.get(0), firstConsent, "WITHDRAWN");
    }

    @Test
    @Order(5)
    void germaineGivesConsentAgainThenExportsAndTheArchiveMatchesTheVault() throws Exception {
        secondConsent = ask(TestUsers.GERMAINE);
        act(TestUsers.GERMAINE, secondConsent, "approve").statusCode(200);
        probeUntilDelivered(secondConsent);

        Map<String, Long> held = awaitVaultCounts(TestUsers.GERMAINE);
        assertEquals(accepted.counts(TestUsers.GERMAINE), held, "the vault holds what was pushed for her");
        byte[] zip = vault.export(TestUsers.GERMAINE);
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        assertEquals(TestUsers.GERMAINE.id(), manifest.get("personId").asText());
        Map<String, Long> exportedCounts = new TreeMap<>();
        manifest.get("categories").forEach(category -> exportedCounts.put(category.get("category").asText(),
                category.get("records").asLong()));
        assertEquals(held, exportedCounts, "the manifest counts what the vault holds, category by category");
        for (String category : held.keySet()) {
            List<String> exported = new ArrayList<>();
            for (String line : new String(entries.get(category + "/records.jsonl"), StandardCharsets.UTF_8).split("\n")) {
                exported.add(JSON.readTree(line).get("eventId").asText());
            }
            assertEquals(exported.size(), new HashSet<>(exported).size(), category + ": no record twice");
            assertEquals(accepted.ids(TestUsers.GERMAINE, category), new LinkedHashSet<>(exported),
                    category + ": the archive holds exactly what was pushed for her");
        }
        LOG.infof("export: %d categories, %s", exportedCounts.size(), exportedCounts);
    }

    @Test
    @Order(6)
    void germaineErasesEverythingAndEveryPartForgetsHer() {
        int before = received.size();
        vault.eraseEverything(TestUsers.GERMAINE);

        assertEquals(Map.of(), vault.counts(TestUsers.GERMAINE), "the vault holds nothing of hers");
        assertEquals(accepted.counts(TestUsers.GERARD), vault.counts(TestUsers.GERARD), "Gérard keeps all of his");
        // the three connectors drop her links (vault.erasure.v1): a partner's push for her account is refused
        await(() -> edf.links(TestUsers.GERMAINE).isEmpty() && orange.links(TestUsers.GERMAINE).isEmpty()
                && maif.links(TestUsers.GERMAINE).isEmpty(), "her links gone at EDF, Orange and MAIF");
        LocalDate later = LocalDate.of(2026, 2, 20);
        edf.pushRefused("[" + EdfConnector.day(prmGermaine, later, 0, 48) + "]", 422);
        orange.pushRefused("geopoints", orange.oneRecord(germaine, "geopoints", later), 422);
        maif.pushRefused("member-file", maif.oneRecord(germaine, "member-file", later), 422);
        // Gérard's stay
        assertTrue(edf.links(TestUsers.GERARD).contains(prmGerard), "Gérard's meter still linked");
        assertEquals(List.of(orange.account(gerard)), orange.links(TestUsers.GERARD), "Gérard's line still linked");
        assertEquals(List.of(maif.account(gerard)), maif.links(TestUsers.GERARD), "Gérard's membership still linked");
        // the consent service withdraws her consent still active (vault.erasure.v1)
        await(() -> "WITHDRAWN".equals(consentStatus(TestUsers.GERMAINE, secondConsent)), "her second consent withdrawn");
        assertEquals("WITHDRAWN", consentStatus(TestUsers.GERMAINE, firstConsent));
        List<String> statuses = consents.statuses(TestUsers.GERMAINE);
        assertEquals(List.of("WITHDRAWN", "WITHDRAWN"), statuses, "no consent of hers is active");
        // and the app is told to stop and delete, once
        readUntil(() -> received.size() > before);
        readFor(Duration.ofSeconds(3));
        List<ConsumerRecord<String, CloudEvent>> after = received.subList(before, received.size());
        assertEquals(1, after.size(), "exactly one record after the erasure: the stop-and-delete event");
        assertControl(after.get(0), secondConsent, "WITHDRAWN");
        // opendata-service still answers her, with nothing she consented to
        assertNoCrossDataServiceReady(TestUsers.GERMAINE);
        LOG.infof("accepted for Germaine %s, for Gérard %s; the app read %d records (%d probes)",
                accepted.counts(TestUsers.GERMAINE), accepted.counts(TestUsers.GERARD), received.size(), probes);
    }

    @Test
    @Order(7)
    void everyServiceIsStillReadyAtTheEnd() {
        operations.assertEveryServiceReady();
        operations.assertPersonalSpaceSendsToLogin();
    }

    // ----- the partners

    /** EDF pushes whole days of half-hours (one Data Connect meter_reading per day, one batch); the events published. */
    private int pushLoadCurve(TestUsers person, String prm, LocalDate first, int days) {
        return pushLoadCurve(person, prm, first, days, new LinkedHashSet<>());
    }

    private int pushLoadCurve(TestUsers person, String prm, LocalDate first, int days, Set<String> pushed) {
        List<String> ids = edf.pushDays(prm, first, days);
        pushed.addAll(ids);
        accepted.add(person, LOAD_CURVE, ids);
        return ids.size();
    }

    /**
     * Pushes one new half-hour of Germaine's at a time until the app receives one under the consent: the gate has
     * then applied it. Returns the probes' event ids (accepted, so counted in what the vault must hold).
     */
    private Set<String> probeUntilDelivered(String consentId) {
        Set<String> probed = new LinkedHashSet<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            LocalDate day = PROBE_DAYS.plusDays(probes / 48);
            int slot = probes % 48;
            probes++;
            probed.addAll(edf.push("[" + EdfConnector.day(prmGermaine, day, slot, slot + 1) + "]"));
            accepted.add(TestUsers.GERMAINE, LOAD_CURVE, probed);
            int before = received.size();
            readFor(Duration.ofSeconds(1));
            for (ConsumerRecord<String, CloudEvent> record : received.subList(before, received.size())) {
                if (consentId.equals(header(record, "mesinfos_consent_id"))) {
                    readFor(Duration.ofSeconds(1)); // the rest of the probes in flight
                    return probed;
                }
            }
        }
        throw new AssertionError("no probe reached the app within " + PATIENCE + " of consent " + consentId);
    }

    // ----- the vault

    /** Waits until the vault's summary counts, category by category, what was accepted for the person; those counts. */
    private Map<String, Long> awaitVaultCounts(TestUsers person) {
        Map<String, Long> expected = accepted.counts(person);
        await(() -> vault.counts(person).equals(expected), person.username() + "'s records in the vault: " + expected);
        return expected;
    }

    /** The vault holds exactly the event ids accepted for the person, in every category: none missing, none twice, nothing else. */
    private void assertVaultHoldsExactly(TestUsers person) {
        for (String category : awaitVaultCounts(person).keySet()) {
            List<String> held = vault.eventIds(person, category);
            assertEquals(held.size(), new HashSet<>(held).size(), category + ": no record twice");
            assertEquals(accepted.ids(person, category), new LinkedHashSet<>(held),
                    "the vault holds exactly " + person.username() + "'s accepted " + category);
        }
    }

    // ----- opendata-service

    /** Her cross-data services as opendata-service lists them: all three, none ready (she never consented to them). */
    private void assertNoCrossDataServiceReady(TestUsers person) {
        JsonPath services = openData.services(person, PATIENCE);
        assertEquals(CROSS_DATA_SERVICES, services.getList("id"));
        assertEquals(List.of(false, false, false), services.getList("ready"));
        assertEquals(services.getList("needs"), services.getList("missing"), "every category each needs is missing");
    }

    // ----- consents

    private String ask(TestUsers person) {
        return consents.ask(registered, person, LOAD_CURVE);
    }

    private io.restassured.response.ValidatableResponse act(TestUsers person, String consentId, String action) {
        return consents.act(person, consentId, action);
    }

    private String consentStatus(TestUsers person, String consentId) {
        return consents.status(person, consentId);
    }

    // ----- the app's topic

    private void readFor(Duration duration) {
        app.readFor(duration);
    }

    private void readUntil(BooleanSupplier done) {
        app.readUntil(done, PATIENCE);
    }

    private static void assertControl(ConsumerRecord<String, CloudEvent> record, String consentId, String status) {
        assertEquals(ENDED, record.value().getType(), "a control event");
        assertEquals(TestUsers.GERMAINE.id(), record.key());
        assertEquals(TestUsers.GERMAINE.id(), record.value().getSubject());
        try {
            JsonNode data = JSON.readTree(record.value().getData().toBytes());
            assertEquals(consentId, data.get("consentId").asText());
            assertEquals(status, data.get("status").asText());
            assertTrue(data.hasNonNull("deleteBy"), "delete by a date");
        } catch (java.io.IOException e) {
            throw new AssertionError("unreadable control event", e);
        }
    }

    private static String header(ConsumerRecord<String, CloudEvent> record, String name) {
        return AppTopic.header(record, name);
    }

    // ----- plumbing

    private static void await(BooleanSupplier condition, String what) {
        Await.until(condition, what, PATIENCE);
    }

    private long elapsedSeconds() {
        return (System.nanoTime() - startedAt) / 1_000_000_000L;
    }
}
