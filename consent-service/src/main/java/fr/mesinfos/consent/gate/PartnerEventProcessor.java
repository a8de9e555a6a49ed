package fr.mesinfos.consent.gate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.DecodedEvent;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.InvalidEventException;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.DeliveryCount;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;
import io.cloudevents.CloudEvent;

/**
 * The gate itself: judges each partner event, at processing time, against the latest consents of its person in the
 * store (never a versioned, event-time lookup: CS-RV-4) and writes it, unchanged, to the topic of each app an ACTIVE,
 * unexpired consent lets receive its category and whose data period covers its time; counts every delivery for the
 * person's access log and publishes the counts on consent.deliveries.v1 from a wall-clock flush.
 */
final class PartnerEventProcessor implements Processor<String, CloudEvent, String, Object> {
    private static final Logger LOG = Logger.getLogger(PartnerEventProcessor.class);

    private final GateTopics topics;
    private final GateConfig config;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, byte[]> consents;
    private KeyValueStore<String, byte[]> counts;

    PartnerEventProcessor(GateTopics topics, GateConfig config) {
        this.topics = topics;
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.consents = context.getStateStore(GateStores.CONSENTS);
        this.counts = context.getStateStore(GateStores.COUNTS);
        context.schedule(config.countFlush(), PunctuationType.WALL_CLOCK_TIME, this::publishCounts);
    }

    @Override
    public void process(Record<String, CloudEvent> record) {
        DecodedEvent<CategoryPayload> event = decode(record);
        if (event == null) {
            return;
        }
        byte[] stored = consents.get(record.key());
        if (stored == null) {
            return;
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        for (ConsentState consent : covering(GateStores.read(stored, PersonConsents.class), event, now)) {
            if (!topics.ensureApp(consent.appId())) {
                GateMetrics.skipped("app-topic-missing");
                continue;
            }
            context.forward(new Record<>(record.key(), (Object) new AppDelivery(consent.appId(), record.value()), record.timestamp(),
                    GateHeaders.forDelivery(record.headers(), consent)), GateTopology.APP_TOPICS);
            count(record.key(), event, consent, now);
            GateMetrics.delivered(consent.appId(), event.category().id());
        }
    }

    /** One consent per app among those that let the app receive this event now (several consents of an app: the first). */
    static List<ConsentState> covering(PersonConsents person, DecodedEvent<?> event, Instant now) {
        Map<String, ConsentState> byApp = new LinkedHashMap<>();
        for (ConsentState consent : person.consents()) {
            if (consent.allows(event.category(), now) && consent.coversDataAt(event.occurredAt())) {
                byApp.putIfAbsent(consent.appId(), consent);
            }
        }
        return new ArrayList<>(byApp.values());
    }

    /** The checked event, or null (skipped, counted) when it is not a valid event of a person on its category's topic. */
    private DecodedEvent<CategoryPayload> decode(Record<String, CloudEvent> record) {
        if (record.key() == null || record.value() == null) {
            skip("unkeyed-or-empty", "a record without key or value");
            return null;
        }
        DecodedEvent<CategoryPayload> event;
        try {
            event = EventCodec.decode(record.key(), record.value());
        } catch (InvalidEventException | IllegalArgumentException e) {
            skip("invalid-event", "an invalid event (" + e.getClass().getSimpleName() + ")");
            return null;
        }
        String topic = context.recordMetadata().map(m -> m.topic()).orElse(null);
        if (event.category().isOpenData() || !event.category().topic().equals(topic)) {
            skip("invalid-event", "an event on a topic not its category's");
            return null;
        }
        return event;
    }

    /** Adds one delivery to the count of (person, app, category, consent version) gathered since the last flush. */
    private void count(String personId, DecodedEvent<?> event, ConsentState consent, Instant now) {
        String key = GateStores.key(personId, consent.appId(), event.category().id(), consent.consentId(), Integer.toString(consent.version()));
        byte[] stored = counts.get(key);
        DeliveryCount next;
        if (stored == null) {
            next = new DeliveryCount(UUID.randomUUID().toString(), personId, consent.appId(), event.category().id(),
                    consent.consentId(), consent.version(), 1, now, now);
        } else {
            DeliveryCount current = GateStores.read(stored, DeliveryCount.class);
            next = new DeliveryCount(current.countId(), personId, current.appId(), current.category(), current.consentId(),
                    current.consentVersion(), current.deliveries() + 1, current.firstDeliveredAt(), now);
        }
        counts.put(key, GateStores.write(next));
    }

    /** Publishes every count gathered since the last flush and starts afresh (same transaction: each delivery counted once). */
    private void publishCounts(long timestamp) {
        List<KeyValue<String, byte[]>> gathered = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = counts.all()) {
            it.forEachRemaining(gathered::add);
        }
        for (KeyValue<String, byte[]> entry : gathered) {
            DeliveryCount count = GateStores.read(entry.value, DeliveryCount.class);
            context.forward(new Record<>(count.personId(), (Object) PlatformEventCodec.encode(count), timestamp), GateTopology.DELIVERIES);
            counts.delete(entry.key);
        }
    }

    private void skip(String reason, String what) {
        GateMetrics.skipped(reason);
        context.recordMetadata().ifPresentOrElse(
                m -> LOG.warnf("skipped %s at %s/%d@%d", what, m.topic(), m.partition(), m.offset()),
                () -> LOG.warnf("skipped %s", what));
    }
}
