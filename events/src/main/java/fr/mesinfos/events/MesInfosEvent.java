package fr.mesinfos.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Builds the CloudEvent 1.0 of a fact: deterministic id, source, type, subject (the person), time (when the fact
 * happened), dataschema, and the payload as JSON. The payload is validated first, so no invalid event is ever built.
 */
public final class MesInfosEvent {
    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    private static final int MAX_PERSON_ID_LENGTH = 255;

    private MesInfosEvent() {
    }

    /** The event of a partner fact about a person (personId: the person's Keycloak subject). */
    public static CloudEvent of(String personId, CategoryPayload payload) {
        Category category = CategoryCatalog.of(payload);
        if (category.isOpenData()) {
            throw new IllegalArgumentException(category.id() + " is open data, about no person: use ofOpenData");
        }
        return build(category, requirePersonId(personId), payload);
    }

    /** The event of an open data fact: no subject. */
    public static CloudEvent ofOpenData(OpenDataPayload payload) {
        Category category = CategoryCatalog.of(payload);
        if (!category.isOpenData()) {
            throw new IllegalArgumentException(category.id() + " is personal data: use of(personId, payload)");
        }
        return build(category, null, payload);
    }

    /** Checks a person id: non-blank, at most 255 characters, no whitespace or control characters. */
    public static String requirePersonId(String personId) {
        if (personId == null || personId.isEmpty() || personId.length() > MAX_PERSON_ID_LENGTH
                || personId.chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch))) {
            throw new IllegalArgumentException("invalid person id: expected the person's Keycloak subject "
                    + "(1 to " + MAX_PERSON_ID_LENGTH + " characters, no whitespace)");
        }
        return personId;
    }

    /** The event of a payload already checked by {@link PayloadValidator#check(CategoryPayload)}. */
    public static CloudEvent of(String personId, ValidPayload valid) {
        if (valid.category().isOpenData()) {
            throw new IllegalArgumentException(valid.category().id() + " is open data, about no person: use ofOpenData");
        }
        return build(valid, requirePersonId(personId));
    }

    private static CloudEvent build(Category category, String subject, CategoryPayload payload) {
        return build(PayloadValidator.shared().check(payload).require(), subject);
    }

    private static CloudEvent build(ValidPayload valid, String subject) {
        Category category = valid.category();
        CategoryPayload payload = valid.payload();
        return CloudEventBuilder.v1()
                .withId(category.eventId(payload).toString())
                .withSource(category.source().uri())
                .withType(category.type())
                .withSubject(subject)
                .withTime(OffsetDateTime.ofInstant(payload.occurredAt(), ZoneOffset.UTC))
                .withDataContentType(DATA_CONTENT_TYPE)
                .withDataSchema(category.dataSchema())
                .withData(valid.json())
                .build();
    }
}
