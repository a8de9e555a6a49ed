package fr.mesinfos.consent.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.consent.lifecycle.api.PersonConsentResource;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.payload.LoadCurvePoint;
import fr.mesinfos.testkit.TestUsers;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import fr.mesinfos.testkit.TestKafka;

/**
 * Withdrawal takes effect at once (CS-RV-2/3): while the person's events keep flowing, the withdrawal call returns only
 * once the gate applied it, and no event delivered under that consent is appended to the app's topic after the call
 * returned (the topic stamps records with the broker's append time).
 */
@QuarkusTest
class WithdrawalTakesEffectTest {
    private static final TestUsers PERSON = TestUsers.CAMILLE;

    @Test
    void nothingReachesTheAppAfterTheWithdrawalCallReturns() throws Exception {
        String appTopic = Topics.app(TestTokens.COACH);
        try (Admin admin = Admin.create(TestKafka.operator());
                GateKafka kafka = new GateKafka()) {
            appendTime(admin, appTopic);
            String id = Consents.ask(TestTokens.COACH, Consents.body(PERSON.id(), List.of("edf.load-curve"), 30, null, null))
                    .statusCode(201).extract().path("id");
            Consents.act(PERSON, id, "approve", Map.of()).statusCode(200);

            AtomicReference<Instant> returned = new AtomicReference<>();
            AtomicBoolean producing = new AtomicBoolean(true);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread producer = new Thread(() -> {
                Instant start = Instant.parse("2026-05-01T00:00:00Z").plus(System.nanoTime() % 100_000, ChronoUnit.HOURS);
                for (int i = 0; producing.get() && i < 20_000; i++) {
                    try {
                        Instant from = start.plus(30L * i, ChronoUnit.MINUTES);
                        kafka.publish(PERSON.id(), new LoadCurvePoint("30000000000003", from, from.plus(30, ChronoUnit.MINUTES), 300,
                                LoadCurvePoint.Unit.W, Duration.ofMinutes(30), LoadCurvePoint.FlowDirection.CONSUMPTION,
                                LoadCurvePoint.Quality.RAW, null));
                        Thread.sleep(5);
                    } catch (Exception e) {
                        failure.set(e);
                        return;
                    }
                }
            }, "withdrawal-test-events");
            producer.start();
            try {
                kafka.awaitAppRecords(TestTokens.COACH, Set.of(PERSON.id()), GateKafka.PROCESSED_WITHIN,
                        records -> records.stream().anyMatch(r -> underConsent(r, id)));

                ExtractableResponse<Response> withdrawn = Consents.act(PERSON, id, "withdraw", Map.of()).statusCode(200).extract();
                returned.set(Instant.now());
                assertEquals("true", withdrawn.header(PersonConsentResource.GATE_APPLIED), "the gate applied it before the answer");
                Thread.sleep(1500); // events keep coming after the call
            } finally {
                producing.set(false);
                producer.join(10_000);
            }
            assertEquals(null, failure.get());
            List<ConsumerRecord<String, CloudEvent>> delivered = kafka.appRecords(TestTokens.COACH, Set.of(PERSON.id())).stream()
                    .filter(r -> underConsent(r, id)).toList();
            assertFalse(delivered.isEmpty(), "events were delivered before the withdrawal");
            assertTrue(delivered.stream().allMatch(r -> r.timestampType() == TimestampType.LOG_APPEND_TIME));
            List<Long> late = delivered.stream().map(ConsumerRecord::timestamp).filter(t -> t > returned.get().toEpochMilli()).toList();
            assertEquals(List.of(), late, "events appended after the withdrawal call returned at " + returned.get());
        }
    }

    /** A partner event delivered under this consent (not the gate's control event). */
    private static boolean underConsent(ConsumerRecord<String, CloudEvent> record, String consentId) {
        Header header = record.headers().lastHeader(GateHeaders.CONSENT_ID);
        return header != null && consentId.equals(new String(header.value(), StandardCharsets.UTF_8))
                && !record.value().getType().startsWith("fr.mesinfos.consent.");
    }

    /** The app topic stamps each record with the broker's clock when appended, so "after the call" can be judged. */
    private static void appendTime(Admin admin, String topic) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(topic, java.util.Optional.empty(), java.util.Optional.empty()))).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(
                new ConfigEntry("message.timestamp.type", "LogAppendTime"), AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);
    }
}
