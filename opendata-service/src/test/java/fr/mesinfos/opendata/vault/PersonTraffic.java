package fr.mesinfos.opendata.vault;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.access.KafkaAccess;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.ConsentStatus;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.opendata.personal.CrossDataApp;
import fr.mesinfos.testkit.TestKafka;
import io.cloudevents.CloudEvent;

/**
 * What reaches the platform about a test person, written with the accounts that write it in production: their
 * consent to the cross-data app (as the consent service) and their partner events (as the partner's connector).
 */
public final class PersonTraffic {
    private PersonTraffic() {
    }

    /** Publishes the person's consents: one ACTIVE consent of mesinfos-cross-data for these categories, open periods. */
    public static void consentToCrossData(String personId, Category... categories) throws Exception {
        Instant now = Instant.now();
        ConsentState consent = new ConsentState(UUID.randomUUID().toString(), 1, personId, CrossDataApp.APP_ID, ConsentStatus.ACTIVE,
                List.of(categories).stream().map(Category::id).toList(), "dpv:ServiceProvision", null, null, now, null, now);
        Map<String, Object> config = TestKafka.as(KafkaAccess.CONSENT);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.CONSENT_STATE, personId,
                    PlatformEventCodec.encode(new PersonConsents(personId, List.of(consent), now)))).get(10, TimeUnit.SECONDS);
        }
    }

    /** Publishes the person's events, each acknowledged, as the connector of the first one's partner. */
    public static void publish(String personId, List<? extends CategoryPayload> payloads) throws Exception {
        Category category = CategoryCatalog.of(payloads.getFirst());
        Map<String, Object> config = TestKafka.as(KafkaAccess.connector(category.source()));
        config.putAll(EventCodec.durableProducerConfig());
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config)) {
            for (CategoryPayload payload : payloads) {
                producer.send(EventCodec.encode(personId, payload)).get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Polls until the condition holds; fails with the message after the time is up. */
    public static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not within " + within);
            }
            Thread.sleep(250);
        }
    }
}
