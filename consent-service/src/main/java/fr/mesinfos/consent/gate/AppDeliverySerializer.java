package fr.mesinfos.consent.gate;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

import fr.mesinfos.events.EventCodec;
import io.cloudevents.CloudEvent;

/** Writes an {@link AppDelivery} as its CloudEvent in binary mode (ce_* headers added to the record's own headers). */
final class AppDeliverySerializer implements Serializer<AppDelivery> {
    private final Serializer<CloudEvent> events = EventCodec.serde().serializer();

    @Override
    public byte[] serialize(String topic, Headers headers, AppDelivery delivery) {
        return events.serialize(topic, headers, delivery.event());
    }

    @Override
    public byte[] serialize(String topic, AppDelivery delivery) {
        throw new UnsupportedOperationException("binary-mode CloudEvents need the record headers");
    }
}
