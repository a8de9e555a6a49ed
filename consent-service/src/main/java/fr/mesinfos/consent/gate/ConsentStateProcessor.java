package fr.mesinfos.consent.gate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

import fr.mesinfos.events.InvalidEventException;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.ConsentStatus;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.events.platform.PlatformEventCodec;

/**
 * Follows consent.state.v1 into the gate's store (the latest state of each person, which the gate judges events
 * against) and tells an app, with a control event on its topic, when a consent it received data under ended:
 * on a new state (compared with the previous one in the store) or, for an expiry nobody published, from a wall-clock check.
 */
final class ConsentStateProcessor implements Processor<String, byte[], String, AppDelivery> {
    private static final Logger LOG = Logger.getLogger(ConsentStateProcessor.class);

    private final GateTopics topics;
    private final GateConfig config;
    private ProcessorContext<String, AppDelivery> context;
    private KeyValueStore<String, byte[]> consents;
    private KeyValueStore<String, String> ends;
    private KeyValueStore<String, String> expiries;

    ConsentStateProcessor(GateTopics topics, GateConfig config) {
        this.topics = topics;
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, AppDelivery> context) {
        this.context = context;
        this.consents = context.getStateStore(GateStores.CONSENTS);
        this.ends = context.getStateStore(GateStores.ENDS);
        this.expiries = context.getStateStore(GateStores.EXPIRIES);
        context.schedule(config.expiryCheck(), PunctuationType.WALL_CLOCK_TIME, this::announceExpiries);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String personId = record.key();
        Optional<PersonConsents> next = read(record);
        if (personId == null || next == null) {
            return;
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        byte[] stored = consents.get(personId);
        PersonConsents previous = stored == null ? null : GateStores.read(stored, PersonConsents.class);
        for (ConsentEnds.End end : ConsentEnds.between(previous, next.orElse(null), now)) {
            announce(personId, end, now);
        }
        forgetEndsOfLiveConsents(personId, previous, next.orElse(null), now);
        reindexExpiries(personId, previous, next.orElse(null));
        if (next.isPresent()) {
            next.get().consents().stream().map(ConsentState::appId).distinct().forEach(topics::ensureApp);
            consents.put(personId, GateStores.write(next.get()));
        } else {
            consents.delete(personId);
        }
    }

    /** The state in a record: empty for a tombstone, null (skipped, counted) when unreadable or keyed by another person. */
    private Optional<PersonConsents> read(Record<String, byte[]> record) {
        if (record.key() == null) {
            skip("unkeyed-consent-state", "a consent state without a key");
            return null;
        }
        if (record.value() == null) {
            return Optional.empty();
        }
        try {
            PersonConsents state = PlatformEventCodec.personConsents(record.value());
            if (!state.personId().equals(record.key())) {
                skip("invalid-consent-state", "a consent state keyed by another person");
                return null;
            }
            return Optional.of(state);
        } catch (InvalidEventException | IllegalArgumentException e) {
            // a state we cannot read grants nothing new; the previous state stays
            skip("invalid-consent-state", "an unreadable consent state (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    /** Once a consent is ACTIVE and unexpired again (a renewal), a later end must be announced again. */
    private void forgetEndsOfLiveConsents(String personId, PersonConsents previous, PersonConsents next, Instant now) {
        if (previous != null) {
            for (ConsentState before : previous.consents()) {
                boolean gone = next == null || next.consents().stream().noneMatch(c -> c.consentId().equals(before.consentId()));
                if (gone) {
                    ends.delete(GateStores.key(personId, before.consentId()));
                }
            }
        }
        if (next != null) {
            next.consents().stream().filter(c -> ConsentEnds.live(c, now))
                    .forEach(c -> ends.delete(GateStores.key(personId, c.consentId())));
        }
    }

    /** Keeps the expiry index equal to the ACTIVE consents with an end in the latest state. */
    private void reindexExpiries(String personId, PersonConsents previous, PersonConsents next) {
        if (previous != null) {
            previous.consents().stream().filter(ConsentStateProcessor::expires)
                    .forEach(c -> expiries.delete(GateStores.expiryKey(c.expiresAt(), personId, c.consentId())));
        }
        if (next != null) {
            next.consents().stream().filter(ConsentStateProcessor::expires)
                    .forEach(c -> expiries.put(GateStores.expiryKey(c.expiresAt(), personId, c.consentId()), c.appId()));
        }
    }

    private static boolean expires(ConsentState consent) {
        return consent.status() == ConsentStatus.ACTIVE && consent.expiresAt() != null;
    }

    /** The wall-clock check: every ACTIVE consent whose expiresAt passed gets its end announced, once. */
    private void announceExpiries(long timestamp) {
        Instant now = Instant.ofEpochMilli(timestamp);
        List<String> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = expiries.range(GateStores.expiryFrom(), GateStores.expiryUpTo(now))) {
            while (it.hasNext()) {
                KeyValue<String, String> entry = it.next();
                due.add(entry.key);
            }
        }
        for (String key : due) {
            expiries.delete(key);
            String[] parts = GateStores.parts(key);
            String personId = parts[1];
            String consentId = parts[2];
            byte[] stored = consents.get(personId);
            if (stored == null) {
                continue;
            }
            GateStores.read(stored, PersonConsents.class).consents().stream()
                    .filter(c -> c.consentId().equals(consentId) && expires(c) && ConsentEnds.expired(c, now))
                    .findFirst()
                    .ifPresent(c -> announce(personId, ConsentEnds.expiry(c), now));
        }
    }

    /** Writes the control event on the app's topic, unless this consent's end was announced already. */
    private void announce(String personId, ConsentEnds.End end, Instant now) {
        String key = GateStores.key(personId, end.consentId());
        if (ends.get(key) != null) {
            return;
        }
        if (!topics.ensureApp(end.appId())) {
            GateMetrics.skipped("app-topic-missing");
            return;
        }
        ConsentEnded data = new ConsentEnded(end.consentId(), end.version(), end.status(), end.reason(), now.plus(config.deleteWithin()));
        context.forward(new Record<>(personId, new AppDelivery(end.appId(), data.toEvent(personId, now)), now.toEpochMilli(),
                GateHeaders.forConsent(end.consentId(), end.version())), GateTopology.APP_TOPICS);
        ends.put(key, Integer.toString(end.version()));
        GateMetrics.ended(end.status().name());
    }

    private void skip(String reason, String what) {
        GateMetrics.skipped(reason);
        context.recordMetadata().ifPresentOrElse(
                m -> LOG.warnf("skipped %s at %s/%d@%d", what, m.topic(), m.partition(), m.offset()),
                () -> LOG.warnf("skipped %s", what));
    }
}
