package fr.mesinfos.consent.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.MesInfosEvent;
import fr.mesinfos.events.platform.ConsentStatus;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

/**
 * The data of the control event the gate writes on an app's topic when a consent it delivered under ends
 * (CS-RV-7): stop using what came under this consent and delete it by {@code deleteBy}.
 */
public record ConsentEnded(String consentId, int version, ConsentStatus status, String reason, Instant deleteBy) {
    /** The CloudEvents type of the control event; apps tell it from data events by ce_type. */
    public static final String TYPE = "fr.mesinfos.consent.ended.v1";
    /** The CloudEvents source of the control event. */
    public static final URI SOURCE = URI.create("/platform/consent-gate");
    private static final ObjectMapper JSON = EventJson.mapper();

    /** The control event for a person: its id is derived from (consent, version, status), so a repeat is the same event. */
    CloudEvent toEvent(String personId, Instant now) {
        byte[] data;
        try {
            data = JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = TYPE + '\u0000' + consentId + '\u0000' + version + '\u0000' + status;
        return CloudEventBuilder.v1()
                .withId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString())
                .withSource(SOURCE)
                .withType(TYPE)
                .withSubject(personId)
                .withTime(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .withDataContentType(MesInfosEvent.DATA_CONTENT_TYPE)
                .withData(data)
                .build();
    }

    /** Reads the data of a control event (for apps and tests). */
    public static ConsentEnded of(CloudEvent event) {
        if (!TYPE.equals(event.getType()) || event.getData() == null) {
            throw new IllegalArgumentException("not a " + TYPE + " event");
        }
        try {
            return JSON.readValue(event.getData().toBytes(), ConsentEnded.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable " + TYPE + " data", e);
        }
    }
}
