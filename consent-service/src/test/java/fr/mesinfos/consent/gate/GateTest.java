package fr.mesinfos.consent.gate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.events.payload.LoadCurvePoint;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.ConsentStatus;
import fr.mesinfos.events.platform.DeliveryCount;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The gate against the real broker: an app's topic receives exactly what ACTIVE, unexpired consents cover (persons,
 * categories, data period), nothing else; a withdrawal or an expiry stops deliveries and sends the app one control
 * event; undecodable input is skipped. Every test uses its own persons, meters and fact times.
 */
@QuarkusTest
class GateTest {
    private static final String COACH = "demo-energy-coach";
    private static final String BUDGET = "demo-budget-helper";
    private static final String LOAD_CURVE = "edf.load-curve";
    private static final Duration SETTLE = Duration.ofSeconds(3);

    private static GateKafka kafka;

    @BeforeAll
    static void clients() {
        kafka = new GateKafka();
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void withoutConsentAnAppReceivesNothing() throws Exception {
        String person = person();
        String prm = prm();
        Instant t0 = factTime();
        // a consent for another app only, and a REQUESTED one for the coach: neither lets the coach receive anything
        RecordMetadata state = kafka.publish(new PersonConsents(person, List.of(
                consent(person, BUDGET, ConsentStatus.ACTIVE, List.of(LOAD_CURVE), null, null, null),
                consent(person, COACH, ConsentStatus.REQUESTED, List.of(LOAD_CURVE), null, null, null)), Instant.now()));
        kafka.awaitProcessed(state);
        List<RecordMetadata> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(kafka.publish(person, loadCurve(prm, t0.plus(30L * i, ChronoUnit.MINUTES))));
        }
        String stranger = person();
        sent.add(kafka.publish(stranger, loadCurve(prm(), t0)));
        kafka.awaitProcessed(sent);

        assertEquals(List.of(), kafka.appRecords(COACH, Set.of(person, stranger)));
        assertEquals(3, kafka.appRecords(BUDGET, Set.of(person, stranger)).size(), "the consented app does receive them");
    }

    @Test
    void anAppReceivesExactlyTheConsentedCategoriesOfTheConsentingPersonsWithinTheDataPeriod() throws Exception {
        String alice = person();
        String bob = person();
        String prmAlice = prm();
        Instant from = factTime();
        Instant to = from.plus(2, ChronoUnit.HOURS);
        ConsentState coach = consent(alice, COACH, ConsentStatus.ACTIVE, List.of(LOAD_CURVE), from, to, Instant.now().plus(Duration.ofDays(30)));
        kafka.awaitProcessed(kafka.publish(new PersonConsents(alice, List.of(coach), Instant.now())));

        CategoryPayload inPeriod = loadCurve(prmAlice, from.plus(30, ChronoUnit.MINUTES));
        CategoryPayload atStart = loadCurve(prmAlice, from);
        List<RecordMetadata> sent = List.of(
                kafka.publish(alice, inPeriod),
                kafka.publish(alice, atStart),
                kafka.publish(alice, loadCurve(prmAlice, to)),                                  // data period end is exclusive
                kafka.publish(alice, loadCurve(prmAlice, from.minus(30, ChronoUnit.MINUTES))),  // before the data period
                kafka.publish(alice, geolocation(from.plus(1, ChronoUnit.HOURS))),               // a category not consented
                kafka.publish(bob, loadCurve(prm(), from.plus(30, ChronoUnit.MINUTES))));       // a person who did not consent
        kafka.awaitProcessed(sent);

        List<ConsumerRecord<String, CloudEvent>> received = kafka.appRecords(COACH, Set.of(alice, bob));
        assertEquals(Set.of(id(alice, inPeriod), id(alice, atStart)),
                Set.copyOf(received.stream().map(r -> r.value().getId()).toList()));
        assertEquals(2, received.size());
        for (ConsumerRecord<String, CloudEvent> record : received) {
            assertEquals(alice, record.key());
            assertEquals(alice, record.value().getSubject());
            assertEquals(CategoryCatalog.byId(LOAD_CURVE).orElseThrow().type(), record.value().getType());
            assertEquals(coach.consentId(), header(record, GateHeaders.CONSENT_ID));
            assertEquals("1", header(record, GateHeaders.CONSENT_VERSION));
            assertNotNull(header(record, "ce_id"), "binary mode: the CloudEvent is in ce_* headers");
            assertEquals(1, count(record, "ce_id"), "the CloudEvents headers are written once");
        }
        assertEquals(List.of(), kafka.appRecords(BUDGET, Set.of(alice, bob)), "another app receives nothing");

        // each delivery is counted for Alice's access log, nothing for Bob
        List<DeliveryCount> counts = awaitCounts(alice, 2);
        assertEquals(2, counts.stream().mapToLong(DeliveryCount::deliveries).sum());
        assertTrue(counts.stream().allMatch(c -> c.appId().equals(COACH) && c.category().equals(LOAD_CURVE)
                && c.consentId().equals(coach.consentId()) && c.consentVersion() == 1));
        assertEquals(List.of(), kafka.deliveryCounts(Set.of(bob)));
    }

    @Test
    void theBrokerRefusesAnAppAnotherAppsTopicAndEveryPartnerTopic() throws Exception {
        String person = person();
        ConsentState budget = consent(person, BUDGET, ConsentStatus.ACTIVE, List.of(LOAD_CURVE), null, null, null);
        kafka.awaitProcessed(kafka.publish(new PersonConsents(person, List.of(budget), Instant.now())));
        kafka.awaitProcessed(kafka.publish(person, loadCurve(prm(), factTime())));
        assertEquals(1, kafka.appRecords(BUDGET, BUDGET, Set.of(person)).size(), "the consented app reads its topic");

        assertThrows(TopicAuthorizationException.class, () -> kafka.appRecords(COACH, BUDGET, Set.of(person)));
        for (String partnerTopic : Topics.partnerTopics()) {
            assertThrows(TopicAuthorizationException.class, () -> kafka.recordsAs(BUDGET, partnerTopic), partnerTopic);
        }
        assertThrows(TopicAuthorizationException.class, () -> kafka.recordsAs(BUDGET, Topics.CONSENT_STATE));
    }

    @Test
    void afterAWithdrawalNothingMoreReachesTheAppAndAControlEventDoes() throws Exception {
        String person = person();
        String prm = prm();
        Instant t0 = factTime();
        ConsentState active = consent(person, COACH, ConsentStatus.ACTIVE, List.of(LOAD_CURVE), null, null, Instant.now().plus(Duration.ofDays(30)));
        kafka.awaitProcessed(kafka.publish(new PersonConsents(person, List.of(active), Instant.now())));
        CategoryPayload before = loadCurve(prm, t0);
        kafka.awaitProcessed(kafka.publish(person, before));

        ConsentState withdrawn = next(active, ConsentStatus.WITHDRAWN);
        kafka.awaitProcessed(kafka.publish(new PersonConsents(person, List.of(withdrawn), Instant.now())));
        // a fact from before the withdrawal, processed after it, is not delivered either (CS-RV-4)
        kafka.awaitProcessed(kafka.publish(person, loadCurve(prm, t0.plus(30, ChronoUnit.MINUTES))),
                kafka.publish(person, loadCurve(prm, Instant.now().truncatedTo(ChronoUnit.MINUTES))));

        List<ConsumerRecord<String, CloudEvent>> received = kafka.appRecords(COACH, Set.of(person));
        assertEquals(2, received.size(), "the event before the withdrawal, then the control event, nothing else");
        assertEquals(id(person, before), received.get(0).value().getId());
        assertEnded(received.get(1), person, withdrawn, ConsentStatus.WITHDRAWN);
    }

    @Test
    void anExpiredConsentStopsDeliveryWithNoNewStateAndTellsTheAppOnce() throws Exception {
        String person = person();
        String prm = prm();
        Instant t0 = factTime();
        Instant expiresAt = Instant.now().plusSeconds(4);
        ConsentState active = consent(person, COACH, ConsentStatus.ACTIVE, List.of(LOAD_CURVE), null, null, expiresAt);
        kafka.awaitProcessed(kafka.publish(new PersonConsents(person, List.of(active), Instant.now())));
        CategoryPayload before = loadCurve(prm, t0);
        kafka.awaitProcessed(kafka.publish(person, before));

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis()) + 100);
        kafka.awaitProcessed(kafka.publish(person, loadCurve(prm, t0.plus(30, ChronoUnit.MINUTES))));

        List<ConsumerRecord<String, CloudEvent>> received = kafka.awaitAppRecords(COACH, Set.of(person), Duration.ofSeconds(15),
                records -> records.size() >= 2);
        Thread.sleep(SETTLE.toMillis()); // a few more expiry checks: the end is announced once
        received = kafka.appRecords(COACH, Set.of(person));
        assertEquals(2, received.size(), "the event before the expiry, then one control event, nothing else");
        assertEquals(id(person, before), received.get(0).value().getId());
        assertEnded(received.get(1), person, active, ConsentStatus.EXPIRED);

        // the consent service's own EXPIRED state later on is not announced a second time
        kafka.awaitProcessed(kafka.publish(new PersonConsents(person, List.of(next(active, ConsentStatus.EXPIRED)), Instant.now())));
        assertEquals(2, kafka.appRecords(COACH, Set.of(person)).size());
    }

    @Test
    void undecodableInputIsSkippedAndTheStreamGoesOn() throws Exception {
        String person = person();
        String prm = prm();
        Instant t0 = factTime();
        ConsentState active = consent(person, COACH, ConsentStatus.ACTIVE, List.of(LOAD_CURVE), null, null, null);
        kafka.awaitProcessed(kafka.publish(new PersonConsents(person, List.of(active), Instant.now())));
        String topic = CategoryCatalog.byId(LOAD_CURVE).orElseThrow().topic();

        RecordMetadata garbage = kafka.publishRaw(topic, person, "not a cloud event".getBytes(StandardCharsets.UTF_8));
        RecordMetadata badState = kafka.publishRaw(Topics.CONSENT_STATE, person(), "{\"not\":\"consents\"}".getBytes(StandardCharsets.UTF_8));
        // a valid event of the consenting person under another person's key: the gate trusts neither, it is skipped
        RecordMetadata mismatched = kafka.publishUnderKey(person(), person, loadCurve(prm, t0.plus(30, ChronoUnit.MINUTES)));
        CategoryPayload after = loadCurve(prm, t0);
        kafka.awaitProcessed(garbage, badState, mismatched, kafka.publish(person, after));

        List<ConsumerRecord<String, CloudEvent>> received = kafka.appRecords(COACH, Set.of(person));
        assertEquals(List.of(id(person, after)), received.stream().map(r -> r.value().getId()).toList());
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mesinfos_gate_skipped_total{reason=\"undecodable\"}"))
                .body(containsString("mesinfos_gate_skipped_total{reason=\"invalid-consent-state\"}"))
                .body(containsString("mesinfos_gate_skipped_total{reason=\"invalid-event\"}"));
    }

    private static void assertEnded(ConsumerRecord<String, CloudEvent> record, String person, ConsentState consent, ConsentStatus status) {
        assertEquals(person, record.key());
        assertEquals(ConsentEnded.TYPE, record.value().getType());
        assertEquals(person, record.value().getSubject());
        ConsentEnded ended = ConsentEnded.of(record.value());
        assertEquals(consent.consentId(), ended.consentId());
        assertEquals(consent.version(), ended.version());
        assertEquals(status, ended.status());
        assertTrue(ended.deleteBy().isAfter(Instant.now()), "the app is told by when to delete");
        assertEquals(consent.consentId(), header(record, GateHeaders.CONSENT_ID));
    }

    private static List<DeliveryCount> awaitCounts(String person, long deliveries) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        List<DeliveryCount> counts = List.of();
        while (Instant.now().isBefore(deadline)) {
            counts = kafka.deliveryCounts(Set.of(person)).stream().map(r -> PlatformEventCodec.deliveryCount(r.value())).toList();
            if (counts.stream().mapToLong(DeliveryCount::deliveries).sum() >= deliveries) {
                return counts;
            }
            Thread.sleep(200);
        }
        return counts;
    }

    private static ConsentState consent(String person, String app, ConsentStatus status, List<String> categories,
            Instant dataFrom, Instant dataTo, Instant expiresAt) {
        Instant now = Instant.now();
        return new ConsentState(UUID.randomUUID().toString(), 1, person, app, status, categories, "dpv:ServiceProvision",
                dataFrom, dataTo, now, expiresAt, now);
    }

    private static ConsentState next(ConsentState consent, ConsentStatus status) {
        return new ConsentState(consent.consentId(), consent.version() + 1, consent.personId(), consent.appId(), status,
                consent.categories(), consent.purpose(), consent.dataFrom(), consent.dataTo(), consent.grantedAt(),
                consent.expiresAt(), Instant.now());
    }

    private static String person() {
        return UUID.randomUUID().toString();
    }

    private static String prm() {
        return String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
    }

    /** A fact time of its own per test, on a half hour, in the past. */
    private static Instant factTime() {
        return Instant.parse("2025-01-01T00:00:00Z").plus(ThreadLocalRandom.current().nextInt(300 * 48) * 30L, ChronoUnit.MINUTES);
    }

    private static LoadCurvePoint loadCurve(String prm, Instant start) {
        return new LoadCurvePoint(prm, start, start.plus(30, ChronoUnit.MINUTES), 230, LoadCurvePoint.Unit.W, Duration.ofMinutes(30),
                LoadCurvePoint.FlowDirection.CONSUMPTION, LoadCurvePoint.Quality.RAW, null);
    }

    private static GeolocationFix geolocation(Instant instant) {
        return new GeolocationFix("336" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), instant, 45.76, 4.83, 50);
    }

    private static String id(String person, CategoryPayload payload) {
        return fr.mesinfos.events.MesInfosEvent.of(person, payload).getId();
    }

    private static String header(ConsumerRecord<?, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static int count(ConsumerRecord<?, ?> record, String key) {
        int n = 0;
        for (Header ignored : record.headers().headers(key)) {
            n++;
        }
        return n;
    }
}
