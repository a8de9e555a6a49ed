package fr.mesinfos.consent.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.events.EventJson;

/**
 * The gate's state stores (RocksDB, changelogged, so they move with their task and are restored exactly-once) and
 * their keys. All are partitioned by person id, like consent.state.v1 and the partner topics.
 */
final class GateStores {
    /** person id → the person's latest consents (PersonConsents JSON), built from consent.state.v1. */
    static final String CONSENTS = "gate-consents";
    /** person id + consent id → the version whose end was announced to the app, so an end is announced once. */
    static final String ENDS = "gate-announced-ends";
    /** expiresAt + person id + consent id of every ACTIVE consent with an end, in time order for the expiry check. */
    static final String EXPIRIES = "gate-expiries";
    /** person id + app + category + consent + version → the DeliveryCount gathered since the last flush. */
    static final String COUNTS = "gate-delivery-counts";

    // person ids have no control characters (MesInfosEvent.requirePersonId): NUL separates the parts of a key
    private static final char SEPARATOR = '\u0000';
    private static final ObjectMapper JSON = EventJson.mapper();

    private GateStores() {
    }

    static StoreBuilder<KeyValueStore<String, byte[]>> bytes(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.ByteArray());
    }

    static StoreBuilder<KeyValueStore<String, String>> strings(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String());
    }

    /** A key made of parts, e.g. person and consent id. */
    static String key(String... parts) {
        return String.join(String.valueOf(SEPARATOR), parts);
    }

    /** The parts of a key made by {@link #key(String...)}. */
    static String[] parts(String key) {
        return key.split(String.valueOf(SEPARATOR), -1);
    }

    /** The expiry index key: the instant first, zero-padded, so a range scan finds every expiry up to now. */
    static String expiryKey(Instant expiresAt, String personId, String consentId) {
        return key(epoch(expiresAt), personId, consentId);
    }

    /** The highest expiry key at or before {@code now}. */
    static String expiryUpTo(Instant now) {
        return epoch(now) + (char) (SEPARATOR + 1);
    }

    /** The lowest expiry key. */
    static String expiryFrom() {
        return epoch(Instant.EPOCH);
    }

    private static String epoch(Instant instant) {
        return String.format("%019d", Math.max(0, instant.toEpochMilli()));
    }

    static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(byte[] value, Class<T> type) {
        try {
            return JSON.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the gate's own store holds an unreadable " + type.getSimpleName(), e);
        }
    }
}
