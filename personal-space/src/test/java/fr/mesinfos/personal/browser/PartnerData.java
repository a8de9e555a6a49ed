package fr.mesinfos.personal.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;

import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.events.payload.InsuranceClaim;
import fr.mesinfos.events.payload.LoadCurvePoint;
import fr.mesinfos.events.payload.PhoneCommunication;
import fr.mesinfos.events.payload.PostalAddress;
import fr.mesinfos.testkit.TestKafka;
import io.cloudevents.CloudEvent;

/**
 * A person's data as their partners send it, published on the secured broker as each partner's connector (the
 * account that writes partner topics in production); the vault under test stores it.
 */
final class PartnerData {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private PartnerData() {
    }

    /** Half-hourly load curve (W) over the last {@code days} days: {@code base} W at night, more in the evening. */
    static List<LoadCurvePoint> loadCurve(String prm, int days, double base) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        List<LoadCurvePoint> points = new ArrayList<>();
        for (Instant start = end.minus(Duration.ofDays(days)); start.isBefore(end); start = start.plus(Duration.ofMinutes(30))) {
            int hour = start.atZone(PARIS).getHour();
            double watts = base + (hour >= 18 && hour < 22 ? 1500 : hour >= 7 && hour < 9 ? 800 : 0);
            points.add(new LoadCurvePoint(prm, start, start.plus(Duration.ofMinutes(30)), watts, LoadCurvePoint.Unit.W,
                    Duration.ofMinutes(30), LoadCurvePoint.FlowDirection.CONSUMPTION, LoadCurvePoint.Quality.RAW, null));
        }
        return points;
    }

    static List<DailyConsumption> daily(String prm, int days, double kWh) {
        LocalDate today = LocalDate.now(PARIS);
        List<DailyConsumption> readings = new ArrayList<>();
        for (int i = days; i >= 1; i--) {
            LocalDate day = today.minusDays(i);
            readings.add(new DailyConsumption(prm, day, day.atStartOfDay(PARIS).toInstant(), day.plusDays(1).atStartOfDay(PARIS).toInstant(),
                    (kWh + i % 3) * 1000, DailyConsumption.Origin.ENEDIS_DAILY_ENERGY, DailyConsumption.ReadingType.MEASURED));
        }
        return readings;
    }

    /** Fixes every two hours over the last days, alternating between two places. */
    static List<GeolocationFix> fixes(String msisdn, int days, double lat, double lon) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        List<GeolocationFix> fixes = new ArrayList<>();
        int i = 0;
        for (Instant t = end.minus(Duration.ofDays(days)); t.isBefore(end); t = t.plus(Duration.ofHours(2)), i++) {
            boolean away = t.atZone(PARIS).getHour() >= 9 && t.atZone(PARIS).getHour() < 18;
            fixes.add(new GeolocationFix(msisdn, t, lat + (away ? 0.02 : 0) + (i % 3) * 0.0003, lon + (away ? 0.015 : 0), 50));
        }
        return fixes;
    }

    static List<PhoneCommunication> calls(String msisdn, int count) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        List<PhoneCommunication> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(new PhoneCommunication(end.minus(Duration.ofHours(5L * i + 1)), msisdn, "0478" + String.format("%06d", 100 + i),
                    i % 2 == 0 ? PhoneCommunication.Kind.CALL : PhoneCommunication.Kind.SMS,
                    i % 3 == 0 ? PhoneCommunication.Direction.INCOMING : PhoneCommunication.Direction.OUTGOING,
                    i % 2 == 0 ? 60 + i * 7 : null, i % 2 == 0 ? null : 1, null, null, null, null, null, null));
        }
        return calls;
    }

    static InsuranceClaim claim(String member) {
        return new InsuranceClaim("SIN2026" + member.substring(0, 5), InsuranceClaim.ClaimType.HOME, member,
                Instant.now().minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS), "Domicile", "Maison", "Dégât des eaux",
                new PostalAddress("12 rue des Lilas", null, "69003", "Lyon", null, "FR"), null, null);
    }

    /** Publishes the person's payloads (one partner per call), each acknowledged by the broker. */
    static void publish(String personId, List<? extends CategoryPayload> payloads) throws Exception {
        Map<String, Object> config = TestKafka.as(KafkaAccess.connector(CategoryCatalog.of(payloads.getFirst()).source()));
        config.putAll(EventCodec.durableProducerConfig());
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config)) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (CategoryPayload payload : payloads) {
                sent.add(producer.send(EventCodec.encode(personId, payload)));
            }
            for (var future : sent) {
                future.get(30, TimeUnit.SECONDS);
            }
        }
    }
}
