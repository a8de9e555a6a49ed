package fr.mesinfos.events;

import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A checked event read from Kafka: its record key, category, CloudEvent envelope and typed payload. */
public record DecodedEvent<P extends CategoryPayload>(String key, Category category, CloudEvent event, P payload) {

    /** The deterministic event id. */
    public UUID id() {
        return UUID.fromString(event.getId());
    }

    /** The person the event is about (the CloudEvents subject); empty for open data. */
    public Optional<String> personId() {
        return Optional.ofNullable(event.getSubject());
    }

    /** When the fact happened. */
    public Instant occurredAt() {
        return event.getTime().toInstant();
    }
}
