package fr.mesinfos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.testkit.Await;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Workspace;
import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import fr.mesinfos.testkit.platform.PlatformProcesses;
import io.cloudevents.CloudEvent;

/**
 * The fault scenario: the vault and the consent service (which runs the gate) are killed with SIGKILL in the middle of
 * a stream of pushes and started again; at the end every event the connector accepted is stored once in the vault and
 * delivered once to each app its person consented to, and to no other. Camille approves the load curve for two apps
 * and refuses it to a third; Gérard refuses it to the first: his events are stored, never delivered. Camille and
 * Gérard, not Germaine, so that the pilot story's assertions on Germaine's consents hold whichever class runs first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenarioIT {
    private static final Logger LOG = Logger.getLogger(FaultScenarioIT.class);
    private static final String LOAD_CURVE = Category.EDF_LOAD_CURVE.id();
    private static final String CONSENT_HEADER = "mesinfos_consent_id";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** After a SIGKILL the restarted consumer may wait for the dead member's session to expire (45 s) before it gets partitions. */
    private static final Duration RECOVERY = Duration.ofSeconds(150);

    /** The stream: six weeks of half-hours for each of two meters, a day of one meter per batch: 84 batches, 4,032 events. */
    private static final LocalDate STREAM_FROM = LocalDate.of(2026, 4, 1);
    private static final int STREAM_DAYS = 42;
    /** Probes (single half-hours of Camille's, to see the gate apply her approvals) are dated after the stream. */
    private static final LocalDate PROBE_DAYS = LocalDate.of(2026, 6, 1);
    /** The vault is killed once this many batches are accepted; the stream waits before this batch until it is back. */
    private static final int KILL_VAULT_AT = 10;
    private static final int VAULT_BACK_BEFORE = 28;
    /** Likewise for the consent service and its gate. */
    private static final int KILL_GATE_AT = 42;
    private static final int GATE_BACK_BEFORE = 56;

    private final String prmCamille = EdfConnector.newPrm("1600");
    private final String prmGerard = EdfConnector.newPrm("1700");
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final long startedAt = System.nanoTime();
    /** Camille's probes that the connector accepted (stored by the vault; delivered to an app once its consent applied). */
    private final Set<String> probes = new LinkedHashSet<>();

    private PlatformProcesses platform;
    private EdfConnector edf;
    private VaultApi vault;
    private ConsentApi consents;
    /** Camille approves coach and budget, refuses insurer; Gérard refuses coach. */
    private ConsentApi.App coach;
    private ConsentApi.App budget;
    private ConsentApi.App insurer;
    private String coachConsent;
    private String budgetConsent;
    private AppTopic coachTopic;
    private AppTopic budgetTopic;
    private AppTopic insurerTopic;
    private PushStream stream;

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
        if (stream != null) {
            stream.stop();
        }
        for (AppTopic topic : new AppTopic[] {coachTopic, budgetTopic, insurerTopic}) {
            if (topic != null) {
                topic.close();
            }
        }
        if (platform != null) {
            platform.close();
        }
        LOG.infof("fault scenario done after %d s", elapsedSeconds());
    }

    @Test
    @Order(1)
    void camilleConsentsToTwoAppsRefusesAThirdAndGerardRefuses() {
        edf.link(TestUsers.CAMILLE, prmCamille, 201);
        edf.link(TestUsers.GERARD, prmGerard, 201);
        coach = consents.register("e2e-fault-coach-" + run, "Coach énergie (fault e2e)");
        budget = consents.register("e2e-fault-budget-" + run, "Budget (fault e2e)");
        insurer = consents.register("e2e-fault-insurer-" + run, "Assureur (fault e2e)");
        coachTopic = new AppTopic(coach);
        budgetTopic = new AppTopic(budget);
        insurerTopic = new AppTopic(insurer);

        coachConsent = consents.ask(coach, TestUsers.CAMILLE, LOAD_CURVE);
        budgetConsent = consents.ask(budget, TestUsers.CAMILLE, LOAD_CURVE);
        String insurerConsent = consents.ask(insurer, TestUsers.CAMILLE, LOAD_CURVE);
        String gerardConsent = consents.ask(coach, TestUsers.GERARD, LOAD_CURVE);
        consents.act(TestUsers.CAMILLE, coachConsent, "approve").statusCode(200);
        consents.act(TestUsers.CAMILLE, budgetConsent, "approve").statusCode(200);
        consents.act(TestUsers.CAMILLE, insurerConsent, "refuse").statusCode(200);
        consents.act(TestUsers.GERARD, gerardConsent, "refuse").statusCode(200);
        assertEquals("ACTIVE", consents.status(TestUsers.CAMILLE, coachConsent));
        assertEquals("ACTIVE", consents.status(TestUsers.CAMILLE, budgetConsent));
        assertEquals("REJECTED", consents.status(TestUsers.CAMILLE, insurerConsent));
        assertEquals("REJECTED", consents.status(TestUsers.GERARD, gerardConsent));

        probeUntilBothConsentsApplied();
        LOG.infof("consents applied by the gate after %d probes, %d s in", probes.size(), elapsedSeconds());
    }

    @Test
    @Order(2)
    void theVaultThenTheGateAreKilledAndRestartedWhileEdfPushes() throws InterruptedException {
        stream = new PushStream(edf, List.of(new PushStream.Meter(TestUsers.CAMILLE, prmCamille),
                new PushStream.Meter(TestUsers.GERARD, prmGerard)), STREAM_FROM, STREAM_DAYS)
                .holdBefore(VAULT_BACK_BEFORE).holdBefore(GATE_BACK_BEFORE);
        assertEquals(84, stream.batches());
        stream.start();

        // the vault dies while it is storing the stream: some batches accepted, some of them already stored
        awaitWhileStreaming(() -> stream.batchesAccepted() >= KILL_VAULT_AT && storedInVault() > probes.size(),
                "the vault storing the stream");
        platform.kill(Service.VAULT);
        int atVaultKill = stream.batchesAccepted();
        LOG.infof("vault killed (SIGKILL) after %d of %d batches accepted", atVaultKill, stream.batches());
        assertTrue(atVaultKill < VAULT_BACK_BEFORE, "killed mid-stream");
        platform.restart(Service.VAULT);
        int atVaultBack = stream.batchesAccepted();
        LOG.infof("vault back after %d batches accepted", atVaultBack);
        assertTrue(atVaultBack > atVaultKill, "EDF kept pushing while the vault was down");
        stream.release(VAULT_BACK_BEFORE);

        // the gate dies while it is delivering the stream: some of it already read by the apps
        int coachBefore = coachTopic.received().size();
        awaitWhileStreaming(() -> {
            coachTopic.poll();
            return stream.batchesAccepted() >= KILL_GATE_AT && coachTopic.received().size() > coachBefore;
        }, "the gate delivering the stream");
        platform.kill(Service.CONSENT);
        int atGateKill = stream.batchesAccepted();
        LOG.infof("consent-service (gate) killed (SIGKILL) after %d of %d batches accepted, %d records read by one app",
                atGateKill, stream.batches(), coachTopic.received().size());
        assertTrue(atGateKill < GATE_BACK_BEFORE, "killed mid-stream");
        platform.restart(Service.CONSENT);
        int atGateBack = stream.batchesAccepted();
        LOG.infof("consent-service back after %d batches accepted", atGateBack);
        assertTrue(atGateBack > atGateKill, "EDF kept pushing while the gate was down");
        stream.release(GATE_BACK_BEFORE);

        stream.awaitEnd(PATIENCE);
        assertEquals(84 * 48, stream.eventsAccepted(), "every batch accepted, 48 events each");
        LOG.infof("stream ended after %d s: %d events accepted", elapsedSeconds(), stream.eventsAccepted());
    }

    @Test
    @Order(3)
    void theVaultHoldsEveryAcceptedEventExactlyOnce() {
        Set<String> camille = camilleAccepted();
        Set<String> gerard = stream.accepted(TestUsers.GERARD);
        Await.until(() -> VaultApi.count(vault.summary(TestUsers.CAMILLE), LOAD_CURVE) >= camille.size()
                && VaultApi.count(vault.summary(TestUsers.GERARD), LOAD_CURVE) >= gerard.size(),
                "every accepted event in the vault", RECOVERY);

        List<String> camilleStored = vault.eventIds(TestUsers.CAMILLE, LOAD_CURVE);
        List<String> gerardStored = vault.eventIds(TestUsers.GERARD, LOAD_CURVE);
        LOG.infof("vault: %d records for one person (%d accepted), %d for the other (%d accepted)",
                camilleStored.size(), camille.size(), gerardStored.size(), gerard.size());
        assertEquals(camille.size(), camilleStored.size(), "as many records as events accepted for Camille");
        assertEquals(camille, new HashSet<>(camilleStored), "exactly Camille's accepted events, each once");
        assertEquals(gerard.size(), gerardStored.size(), "as many records as events accepted for Gérard");
        assertEquals(gerard, new HashSet<>(gerardStored), "exactly Gérard's accepted events, each once");
        assertEquals(camille.size(), VaultApi.count(vault.summary(TestUsers.CAMILLE), LOAD_CURVE));
        assertEquals(gerard.size(), VaultApi.count(vault.summary(TestUsers.GERARD), LOAD_CURVE));
        // how much the kill left half done: written but not committed, so read again and ignored by event id
        LOG.infof("the restarted vault ignored %.0f events already stored (redelivered after the kill)",
                vault.counter("mesinfos_vault_records_duplicates_total"));
    }

    @Test
    @Order(4)
    void eachConsentingAppReceivedEveryEventOnceAndNoOtherAppOrPersonAnything() {
        Set<String> streamed = stream.accepted(TestUsers.CAMILLE);
        coachTopic.readUntil(() -> delivered(coachTopic).containsAll(streamed), RECOVERY);
        budgetTopic.readUntil(() -> delivered(budgetTopic).containsAll(streamed), RECOVERY);
        // anything more (a duplicate, an event of Gérard's, one for the app Camille refused) would show now
        for (AppTopic topic : List.of(coachTopic, budgetTopic, insurerTopic)) {
            topic.readFor(Duration.ofSeconds(2));
        }

        Set<String> gerard = stream.accepted(TestUsers.GERARD);
        for (Map.Entry<AppTopic, String> app : Map.of(coachTopic, coachConsent, budgetTopic, budgetConsent).entrySet()) {
            List<ConsumerRecord<String, CloudEvent>> received = app.getKey().received();
            List<String> ids = received.stream().map(record -> record.value().getId()).toList();
            Set<String> distinct = new LinkedHashSet<>(ids);
            assertEquals(ids.size(), distinct.size(), "no event delivered twice to an app");
            Set<String> ofTheStream = new LinkedHashSet<>(distinct);
            ofTheStream.removeAll(probes);
            assertEquals(streamed, ofTheStream, "every event of Camille's stream delivered, nothing else but probes");
            for (ConsumerRecord<String, CloudEvent> record : received) {
                assertEquals(TestUsers.CAMILLE.id(), record.key(), "Camille's events only");
                assertEquals(LOAD_CURVE, EventCodec.decode(record).category().id());
                assertEquals(app.getValue(), AppTopic.header(record, CONSENT_HEADER), "under the app's consent");
                assertFalse(gerard.contains(record.value().getId()), "nothing of Gérard's");
            }
            LOG.infof("an app received %d records: %d of the stream, %d probes", ids.size(), ofTheStream.size(),
                    ids.size() - ofTheStream.size());
        }
        assertEquals(List.of(), insurerTopic.received(), "nothing for the app Camille refused");

        // how much the kill left half done: the gate's open transaction, aborted, which read_committed never shows
        try (AppTopic uncommitted = new AppTopic(coach, "read_uncommitted", coach.id() + ".e2e-uncommitted")) {
            uncommitted.readToEnd(PATIENCE);
            LOG.infof("one app's topic holds %d records read_uncommitted, %d read_committed: %d written by the killed gate and aborted",
                    uncommitted.received().size(), coachTopic.received().size(),
                    uncommitted.received().size() - coachTopic.received().size());
        }
    }

    // ----- the consents applied

    /**
     * Pushes one new half-hour of Camille's at a time until both consenting apps received one under their consent:
     * the gate applies approvals asynchronously (outbox → consent.state.v1 → gate), so the stream is judged under them.
     */
    private void probeUntilBothConsentsApplied() {
        Await.until(() -> {
            int slot = probes.size();
            probes.addAll(edf.push("[" + EdfConnector.day(prmCamille, PROBE_DAYS.plusDays(slot / 48), slot % 48, slot % 48 + 1) + "]"));
            coachTopic.readFor(Duration.ofMillis(500));
            budgetTopic.readFor(Duration.ofMillis(500));
            return underConsent(coachTopic, coachConsent) && underConsent(budgetTopic, budgetConsent);
        }, "a probe delivered to both consenting apps", PATIENCE);
    }

    private static boolean underConsent(AppTopic topic, String consentId) {
        return topic.received().stream().anyMatch(record -> consentId.equals(AppTopic.header(record, CONSENT_HEADER)));
    }

    // ----- what was accepted, stored, delivered

    private Set<String> camilleAccepted() {
        Set<String> all = new LinkedHashSet<>(probes);
        all.addAll(stream.accepted(TestUsers.CAMILLE));
        return all;
    }

    private long storedInVault() {
        return VaultApi.count(vault.summary(TestUsers.CAMILLE), LOAD_CURVE) + VaultApi.count(vault.summary(TestUsers.GERARD), LOAD_CURVE);
    }

    private static Set<String> delivered(AppTopic topic) {
        Set<String> ids = new HashSet<>();
        topic.received().forEach(record -> ids.add(record.value().getId()));
        return ids;
    }

    /** Waits for the condition while the stream runs; fails at once if the stream failed or ended first. */
    private void awaitWhileStreaming(BooleanSupplier condition, String what) {
        Await.until(() -> {
            stream.rethrowFailure();
            if (!stream.running()) {
                throw new AssertionError("the stream ended before " + what);
            }
            return condition.getAsBoolean();
        }, what, PATIENCE);
    }

    private long elapsedSeconds() {
        return (System.nanoTime() - startedAt) / 1_000_000_000L;
    }
}
