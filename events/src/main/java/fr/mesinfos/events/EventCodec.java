package fr.mesinfos.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts MesInfos events on Kafka and reads them back, in CloudEvents binary mode through the CloudEvents Kafka
 * serializer (ce_* headers, JSON value): key = person id (open data: the payload's partition key), topic from the
 * catalog. Decoding checks the envelope against the catalog and the payload against its schema.
 */
public final class EventCodec {

    private EventCodec() {
    }

    /** The record of a partner fact about a person, for a {@code KafkaProducer<String, CloudEvent>}. */
    public static ProducerRecord<String, CloudEvent> encode(String personId, CategoryPayload payload) {
        CloudEvent event = MesInfosEvent.of(personId, payload);
        return new ProducerRecord<>(CategoryCatalog.of(payload).topic(), personId, event);
    }

    /** The record of a payload already checked by {@link PayloadValidator#check(CategoryPayload)}: no second validation. */
    public static ProducerRecord<String, CloudEvent> encode(String personId, ValidPayload valid) {
        return new ProducerRecord<>(valid.category().topic(), personId, MesInfosEvent.of(personId, valid));
    }

    /** The record of an open data fact, keyed by the payload's partition key. */
    public static ProducerRecord<String, CloudEvent> encodeOpenData(OpenDataPayload payload) {
        CloudEvent event = MesInfosEvent.ofOpenData(payload);
        return new ProducerRecord<>(CategoryCatalog.of(payload).topic(), payload.partitionKey(), event);
    }

    /** Decodes a record of a category topic or an app topic; throws {@link InvalidEventException} with the reason. */
    public static DecodedEvent<CategoryPayload> decode(ConsumerRecord<String, CloudEvent> record) {
        if (record.value() == null) {
            throw new InvalidEventException("record has no value (tombstone) on " + record.topic());
        }
        DecodedEvent<CategoryPayload> decoded = decode(record.key(), record.value());
        if (Topics.isCategoryTopic(record.topic()) && !decoded.category().topic().equals(record.topic())) {
            throw new InvalidEventException("a " + decoded.category().id() + " event does not belong on " + record.topic());
        }
        return decoded;
    }

    /** Decodes a record whose payload type the caller knows. */
    public static <P extends CategoryPayload> DecodedEvent<P> decode(ConsumerRecord<String, CloudEvent> record, Class<P> type) {
        DecodedEvent<CategoryPayload> decoded = decode(record);
        if (!type.isInstance(decoded.payload())) {
            throw new InvalidEventException("expected a " + type.getSimpleName() + " event, got " + decoded.category().id());
        }
        return new DecodedEvent<>(decoded.key(), decoded.category(), decoded.event(), type.cast(decoded.payload()));
    }

    /** Decodes an event and its record key. */
    public static DecodedEvent<CategoryPayload> decode(String key, CloudEvent event) {
        Objects.requireNonNull(event, "event");
        if (event.getSpecVersion() != SpecVersion.V1) {
            throw new InvalidEventException("unsupported CloudEvents specversion " + event.getSpecVersion());
        }
        Category category = CategoryCatalog.byType(event.getType())
                .orElseThrow(() -> new InvalidEventException("unknown event type " + event.getType()));
        if (!category.source().uri().equals(event.getSource())) {
            throw new InvalidEventException(category.id() + " events come from " + category.source().uri() + ", not " + event.getSource());
        }
        if (!category.dataSchema().equals(event.getDataSchema())) {
            throw new InvalidEventException(category.id() + " events have dataschema " + category.dataSchema());
        }
        if (event.getDataContentType() == null || !event.getDataContentType().startsWith(MesInfosEvent.DATA_CONTENT_TYPE)) {
            throw new InvalidEventException("datacontenttype must be " + MesInfosEvent.DATA_CONTENT_TYPE);
        }
        if (event.getTime() == null) {
            throw new InvalidEventException("time is missing");
        }
        checkSubject(category, key, event.getSubject());
        CategoryPayload payload = readPayload(category, event.getData());
        if (!category.eventId(payload).toString().equals(event.getId())) {
            throw new InvalidEventException("id does not match the payload's natural key");
        }
        return new DecodedEvent<>(key, category, event, payload);
    }

    /** Producer settings for CloudEvents binary mode: String keys, CloudEvent values. */
    public static Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName(),
                CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY.name());
    }

    /** {@link #producerConfig()} plus what the design asks of every publisher: acks=all and an idempotent producer. */
    public static Map<String, Object> durableProducerConfig() {
        Map<String, Object> config = new HashMap<>(producerConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return Map.copyOf(config);
    }

    /** Consumer settings: String keys, CloudEvent values (binary or structured, the deserializer tells them apart). */
    public static Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
    }

    /** A CloudEvent serde in binary mode, for Kafka Streams (which passes the record headers to it). */
    public static Serde<CloudEvent> serde() {
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY.name()), false);
        CloudEventDeserializer deserializer = new CloudEventDeserializer();
        deserializer.configure(Map.of(), false);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private static void checkSubject(Category category, String key, String subject) {
        if (category.isOpenData()) {
            if (subject != null) {
                throw new InvalidEventException(category.id() + " is open data: it has no subject");
            }
            return;
        }
        if (subject == null || subject.isEmpty()) {
            throw new InvalidEventException("subject (the person id) is missing");
        }
        if (key != null && !key.equals(subject)) {
            throw new InvalidEventException("record key does not match the subject (the person id)");
        }
    }

    private static CategoryPayload readPayload(Category category, CloudEventData data) {
        if (data == null) {
            throw new InvalidEventException("data is missing");
        }
        JsonNode json;
        try {
            json = EventJson.readTree(data.toBytes());
        } catch (IOException e) {
            throw new InvalidEventException("data is not well-formed JSON");
        }
        List<Violation> violations = PayloadValidator.shared().validate(category, json);
        if (!violations.isEmpty()) {
            throw new InvalidEventException("data does not satisfy " + category.dataSchema(), violations, null);
        }
        try {
            return EventJson.fromTree(json, category.payloadType());
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("data cannot be read as " + category.payloadType().getSimpleName(), List.of(), e);
        }
    }
}
