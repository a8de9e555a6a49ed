package fr.mesinfos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Workspace;
import fr.mesinfos.testkit.platform.PlatformProcesses;
import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import io.cloudevents.CloudEvent;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The MesInfos story end to end, every service it needs running as an operator runs it (packaged jars as child
 * processes on the real secured Kafka, Keycloak, PostgreSQL and MongoDB of the testkit): EDF pushes a month of load
 * curve for Germaine and Gérard through its connector; the vault holds exactly it; an app registers, asks both for
 * their load curve; Germaine approves, Gérard refuses; the app, a real Kafka client with its own credentials, receives
 * exactly Germaine's load curve pushed from then on and nothing of Gérard's; Germaine withdraws: nothing more of hers
 * reaches the app, which gets one stop-and-delete event; she exports (the archive matches the vault) and erases
 * everything (vault, links, consents gone; the app is told once more, for the consent she had given again).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PilotStoryIT {
    private static final Logger LOG = Logger.getLogger(PilotStoryIT.class);
    private static final String LOAD_CURVE = Category.EDF_LOAD_CURVE.id();
    private static final String ENDED = "fr.mesinfos.consent.ended.v1";
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Probes (single half-hours) are pushed from this day on: after every other day of the story. */
    private static final LocalDate PROBE_DAYS = LocalDate.of(2026, 3, 1);

    private final String prmGermaine = EdfConnector.newPrm("1400");
    private final String prmGerard = EdfConnector.newPrm("1500");
    private final String appId = "e2e-coach-" + UUID.randomUUID().toString().substring(0, 8);
    /** What EDF pushed for each person (event ids, from the connector's 202 answers). */
    private final Set<String> pushedGermaine = new LinkedHashSet<>();
    private final Set<String> pushedGerard = new LinkedHashSet<>();
    /** Everything the app read from its topic, in order. */
    private List<ConsumerRecord<String, CloudEvent>> received = List.of();

    private PlatformProcesses platform;
    private EdfConnector edf;
    private VaultApi vault;
    private ConsentApi consents;
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
                .with(Service.VAULT, Service.CONSENT, Service.CONNECTOR_EDF)
                .workDir(Workspace.root().resolve("e2e/target"))
                .start();
        LOG.infof("platform up after %d s: %s", elapsedSeconds(), platform);
        edf = new EdfConnector(platform);
        vault = new VaultApi(platform);
        consents = new ConsentApi(platform);
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
    void partnersPushAMonthOfLoadCurveAndTheVaultHoldsExactlyIt() {
        link(TestUsers.GERMAINE, prmGermaine, 201);
        link(TestUsers.GERARD, prmGerard, 201);
        LocalDate january = LocalDate.of(2026, 1, 1);
        // January 2026, 30 whole days of half-hours: 30 × 48 = 1,440 events per person
        assertEquals(1440, push(prmGermaine, january, 30, pushedGermaine));
        assertEquals(1440, push(prmGerard, january, 30, pushedGerard));

        awaitVaultCount(TestUsers.GERMAINE, 1440);
        awaitVaultCount(TestUsers.GERARD, 1440);
        assertEquals(pushedGermaine, vaultIds(TestUsers.GERMAINE), "the vault holds exactly Germaine's pushed events");
        assertEquals(pushedGerard, vaultIds(TestUsers.GERARD), "the vault holds exactly Gérard's pushed events");
        assertEquals(List.of(LOAD_CURVE), vault.summary(TestUsers.GERMAINE).getList("category"));
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
        Set<String> germaineFebruary = new LinkedHashSet<>();
        Set<String> gerardFebruary = new LinkedHashSet<>();
        // a week of February for both: 7 × 48 = 336 events each
        assertEquals(336, push(prmGermaine, february, 7, germaineFebruary));
        assertEquals(336, push(prmGerard, february, 7, gerardFebruary));
        pushedGermaine.addAll(germaineFebruary);
        pushedGerard.addAll(gerardFebruary);
        readUntil(() -> received.size() - before >= 336);
        readFor(Duration.ofSeconds(3)); // anything more would show here

        List<ConsumerRecord<String, CloudEvent>> week = received.subList(before, received.size());
        assertEquals(336, week.size(), "exactly Germaine's 336 events of the week");
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, CloudEvent> record : week) {
            DecodedEvent<?> event = EventCodec.decode(record);
            assertEquals(TestUsers.GERMAINE.id(), record.key());
            assertEquals(LOAD_CURVE, event.category().id());
            assertEquals(firstConsent, header(record, "mesinfos_consent_id"));
            ids.add(record.value().getId());
        }
        assertEquals(germaineFebruary, ids, "the same event ids as pushed, each once");
        // everything the app ever got: Germaine's probes that went through and her week; nothing of Gérard, no January
        for (ConsumerRecord<String, CloudEvent> record : received) {
            assertEquals(TestUsers.GERMAINE.id(), record.key(), "nothing of Gérard");
            assertTrue(germaineFebruary.contains(record.value().getId()) || probed.contains(record.value().getId()),
                    "only load curve pushed under the consent");
        }
        awaitVaultCount(TestUsers.GERMAINE, pushedGermaine.size());
        awaitVaultCount(TestUsers.GERARD, pushedGerard.size());
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
        assertEquals(336, push(prmGermaine, secondWeek, 7, pushedGermaine));
        assertEquals(336, push(prmGerard, secondWeek, 7, pushedGerard));
        awaitVaultCount(TestUsers.GERMAINE, pushedGermaine.size());
        awaitVaultCount(TestUsers.GERARD, pushedGerard.size());
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

        JsonPath summary = awaitVaultCount(TestUsers.GERMAINE, pushedGermaine.size());
        byte[] zip = vault.export(TestUsers.GERMAINE);
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        assertEquals(TestUsers.GERMAINE.id(), manifest.get("personId").asText());
        assertEquals(summary.getList("category"), manifest.findValuesAsText("category"));
        assertEquals(1, manifest.get("categories").size());
        JsonNode loadCurve = manifest.get("categories").get(0);
        assertEquals(summary.getLong("find { it.category == '" + LOAD_CURVE + "' }.count"), loadCurve.get("records").asLong());
        assertEquals(pushedGermaine.size(), loadCurve.get("records").asInt());
        Set<String> exported = new LinkedHashSet<>();
        for (String line : new String(entries.get(LOAD_CURVE + "/records.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            exported.add(JSON.readTree(line).get("eventId").asText());
        }
        assertEquals(pushedGermaine, exported, "the archive holds exactly what was pushed for her");
    }

    @Test
    @Order(6)
    void germaineErasesEverythingAndEveryPartForgetsHer() {
        int before = received.size();
        vault.eraseEverything(TestUsers.GERMAINE);

        assertEquals(List.of(), vault.summary(TestUsers.GERMAINE).getList("category"), "the vault holds nothing of hers");
        assertEquals(pushedGerard.size(), VaultApi.count(vault.summary(TestUsers.GERARD), LOAD_CURVE), "Gérard keeps all of his");
        // the connector drops her links (vault.erasure.v1)
        await(() -> edf.links(TestUsers.GERMAINE).isEmpty(), "her links gone");
        edf.pushRefused("[" + EdfConnector.day(prmGermaine, LocalDate.of(2026, 2, 20), 0, 48) + "]", 422);
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
        LOG.infof("pushed %d events for Germaine, %d for Gérard; the app read %d records (%d probes)",
                pushedGermaine.size(), pushedGerard.size(), received.size(), probes);
    }

    // ----- the partner

    private void link(TestUsers person, String prm, int status) {
        edf.link(person, prm, status);
    }

    /** Pushes whole days of half-hours (one Data Connect meter_reading per day, one batch); the events published. */
    private int push(String prm, LocalDate first, int days, Set<String> pushed) {
        List<String> ids = edf.pushDays(prm, first, days);
        pushed.addAll(ids);
        return ids.size();
    }

    /**
     * Pushes one new half-hour of Germaine's at a time until the app receives one under the consent: the gate has
     * then applied it. Returns the probes' event ids (pushed, so counted in what the vault must hold).
     */
    private Set<String> probeUntilDelivered(String consentId) {
        Set<String> probed = new LinkedHashSet<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            LocalDate day = PROBE_DAYS.plusDays(probes / 48);
            int slot = probes % 48;
            probes++;
            probed.addAll(edf.push("[" + EdfConnector.day(prmGermaine, day, slot, slot + 1) + "]"));
            pushedGermaine.addAll(probed);
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

    private JsonPath awaitVaultCount(TestUsers person, long count) {
        JsonPath[] last = new JsonPath[1];
        await(() -> {
            last[0] = vault.summary(person);
            return VaultApi.count(last[0], LOAD_CURVE) == count;
        }, person.username() + "'s " + count + " records in the vault");
        return last[0];
    }

    private Set<String> vaultIds(TestUsers person) {
        return new LinkedHashSet<>(vault.eventIds(person, LOAD_CURVE));
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
