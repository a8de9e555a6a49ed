package fr.mesinfos.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mesinfos.events.payload.AirQualityIndex;
import fr.mesinfos.events.payload.LoadCurvePoint;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CloudEvents binary mode through the real Kafka serializer and deserializer the codec's configuration names. */
class EventCodecTest {
    private static final String PERSON = "5f0c7a3e-9d2b-4c1a-8e6f-2b7d9c4a1e03";

    /** What a broker would hand back: the serialized value and headers, read by the configured deserializer. */
    private static ConsumerRecord<String, CloudEvent> throughKafka(ProducerRecord<String, CloudEvent> record) throws Exception {
        Serializer<CloudEvent> serializer = newInstance(EventCodec.producerConfig().get(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG));
        serializer.configure(EventCodec.producerConfig(), false);
        Serializer<String> keySerializer = newInstance(EventCodec.producerConfig().get(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG));
        Headers headers = new RecordHeaders();
        byte[] value = serializer.serialize(record.topic(), headers, record.value());
        byte[] key = keySerializer.serialize(record.topic(), headers, record.key());

        Map<String, Object> consumerConfig = EventCodec.consumerConfig();
        Deserializer<CloudEvent> deserializer = newInstance(consumerConfig.get("value.deserializer"));
        deserializer.configure(consumerConfig, false);
        Deserializer<String> keyDeserializer = newInstance(consumerConfig.get("key.deserializer"));
        String readKey = keyDeserializer.deserialize(record.topic(), headers, key);
        CloudEvent event = deserializer.deserialize(record.topic(), headers, value);
        return new ConsumerRecord<>(record.topic(), 0, 42L, 0L, TimestampType.CREATE_TIME, key.length, value.length,
                readKey, event, headers, Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private static <T> T newInstance(Object className) throws Exception {
        return (T) Class.forName((String) className).getDeclaredConstructor().newInstance();
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        assertNotNull(header, "header " + name);
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void loadCurvePointRoundTripWithBinaryHeaders() throws Exception {
        LoadCurvePoint point = Examples.first(Category.EDF_LOAD_CURVE, LoadCurvePoint.class);
        ProducerRecord<String, CloudEvent> record = EventCodec.encode(PERSON, point);
        assertEquals("partner.edf.load-curve.v1", record.topic());
        assertEquals(PERSON, record.key());

        ConsumerRecord<String, CloudEvent> consumed = throughKafka(record);
        Headers headers = consumed.headers();
        assertEquals("1.0", header(headers, "ce_specversion"));
        assertEquals("fb5e383d-1de7-5413-846b-8fa3cd81a343", header(headers, "ce_id"));
        assertEquals("/partners/edf", header(headers, "ce_source"));
        assertEquals("fr.mesinfos.edf.load-curve.v1", header(headers, "ce_type"));
        assertEquals(PERSON, header(headers, "ce_subject"));
        assertEquals("2017-08-16T22:00:00Z", header(headers, "ce_time"));
        assertEquals("https://schemas.mesinfos.fr/edf/load-curve/v1.json", header(headers, "ce_dataschema"));
        assertEquals("application/json", header(headers, "content-type"));
        assertEquals(PERSON, consumed.key());

        DecodedEvent<LoadCurvePoint> decoded = EventCodec.decode(consumed, LoadCurvePoint.class);
        assertEquals(point, decoded.payload());
        assertEquals(Category.EDF_LOAD_CURVE, decoded.category());
        assertEquals(Optional.of(PERSON), decoded.personId());
        assertEquals(point.start(), decoded.occurredAt());
        assertEquals(Category.EDF_LOAD_CURVE.eventId(point), decoded.id());
    }

    @Test
    void theValueIsThePayloadJsonAlone() throws Exception {
        LoadCurvePoint point = Examples.first(Category.EDF_LOAD_CURVE, LoadCurvePoint.class);
        ProducerRecord<String, CloudEvent> record = EventCodec.encode(PERSON, point);
        assertArrayEquals(EventJson.toBytes(point), throughKafka(record).value().getData().toBytes());
        JsonNode value = EventJson.readTree(record.value().getData().toBytes());
        assertEquals("01324654321236", value.get("usagePointId").asText());
    }

    @ParameterizedTest(name = "{0} example {1}")
    @MethodSource("fr.mesinfos.events.Examples#all")
    void everyExampleRoundTrips(Category category, int index, JsonNode example) throws Exception {
        CategoryPayload payload = Examples.typed(category, example);
        ProducerRecord<String, CloudEvent> record = category.isOpenData()
                ? EventCodec.encodeOpenData((OpenDataPayload) payload)
                : EventCodec.encode(PERSON, payload);
        assertEquals(category.topic(), record.topic());
        ConsumerRecord<String, CloudEvent> consumed = throughKafka(record);
        DecodedEvent<CategoryPayload> decoded = EventCodec.decode(consumed);
        assertEquals(payload, decoded.payload());
        assertEquals(category, decoded.category());
        assertEquals(category.eventId(payload).toString(), header(consumed.headers(), "ce_id"));
        if (category.isOpenData()) {
            assertNull(consumed.headers().lastHeader("ce_subject"));
            assertEquals(((OpenDataPayload) payload).partitionKey(), consumed.key());
        } else {
            assertEquals(PERSON, consumed.key());
        }
    }

    @Test
    void openDataIsKeyedByCommuneAndHasNoSubject() throws Exception {
        AirQualityIndex index = Examples.first(Category.OPENDATA_AIR_QUALITY, AirQualityIndex.class);
        ProducerRecord<String, CloudEvent> record = EventCodec.encodeOpenData(index);
        assertEquals("69386", record.key());
        assertEquals("opendata.air-quality.v1", record.topic());
        assertEquals("/opendata", record.value().getSource().toString());
        assertEquals("2017-08-16T22:00Z", record.value().getTime().toString(), "start of the day in Europe/Paris");
        assertThrows(IllegalArgumentException.class, () -> EventCodec.encode(PERSON, index));
    }

    @Test
    void invalidPayloadsAndPersonIdsNeverBecomeEvents() throws Exception {
        LoadCurvePoint point = Examples.first(Category.EDF_LOAD_CURVE, LoadCurvePoint.class);
        LoadCurvePoint bad = new LoadCurvePoint("01324654321", point.start(), point.end(), point.value(), point.unit(),
                point.intervalLength(), point.flowDirection(), null, null);
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class, () -> EventCodec.encode(PERSON, bad));
        assertEquals(List.of(new Violation("/usagePointId", "does not match the pattern ^[0-9]{14}$")), e.violations());
        for (String personId : new String[] {null, "", "a b", "x".repeat(256)}) {
            assertThrows(IllegalArgumentException.class, () -> EventCodec.encode(personId, point));
        }
    }

    @Test
    void decodingRefusesWhatIsNotAMesInfosEvent() throws Exception {
        LoadCurvePoint point = Examples.first(Category.EDF_LOAD_CURVE, LoadCurvePoint.class);
        CloudEvent good = MesInfosEvent.of(PERSON, point);

        assertReason("record key does not match the subject", () -> EventCodec.decode("someone-else", good));
        assertReason("unknown event type", () -> EventCodec.decode(PERSON,
                CloudEventBuilder.v1(good).withType("fr.mesinfos.edf.gas.v1").build()));
        assertReason("come from /partners/edf", () -> EventCodec.decode(PERSON,
                CloudEventBuilder.v1(good).withSource(Source.ORANGE.uri()).build()));
        assertReason("id does not match", () -> EventCodec.decode(PERSON,
                CloudEventBuilder.v1(good).withId("0b6c4a36-1111-5111-8111-111111111111").build()));
        assertReason("subject (the person id) is missing", () -> EventCodec.decode(PERSON,
                CloudEventBuilder.v1(good).withSubject(null).build()));
        assertReason("not well-formed JSON", () -> EventCodec.decode(PERSON,
                CloudEventBuilder.v1(good).withData("application/json", "{".getBytes(StandardCharsets.UTF_8)).build()));

        ObjectNode tampered = (ObjectNode) EventJson.toTree(point);
        tampered.put("usagePointId", "01324654321");
        InvalidEventException invalid = assertThrows(InvalidEventException.class, () -> EventCodec.decode(PERSON,
                CloudEventBuilder.v1(good).withData("application/json", EventJson.toBytes(tampered)).build()));
        assertEquals(List.of("/usagePointId"), invalid.violations().stream().map(Violation::field).toList());

        ConsumerRecord<String, CloudEvent> wrongTopic = new ConsumerRecord<>("partner.orange.calls.v1", 0, 0L, PERSON, good);
        assertReason("does not belong on partner.orange.calls.v1", () -> EventCodec.decode(wrongTopic));
        ConsumerRecord<String, CloudEvent> appTopic = new ConsumerRecord<>(Topics.app("budget-coach"), 0, 0L, PERSON, good);
        assertEquals(point, EventCodec.decode(appTopic).payload());
        ConsumerRecord<String, CloudEvent> tombstone = new ConsumerRecord<>(Category.EDF_LOAD_CURVE.topic(), 0, 0L, PERSON, null);
        assertReason("tombstone", () -> EventCodec.decode(tombstone));
        assertReason("expected a AirQualityIndex", () -> EventCodec.decode(
                new ConsumerRecord<>(Category.EDF_LOAD_CURVE.topic(), 0, 0L, PERSON, good), AirQualityIndex.class));
    }

    private static void assertReason(String expected, org.junit.jupiter.api.function.Executable decode) {
        InvalidEventException e = assertThrows(InvalidEventException.class, decode);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void serdeForKafkaStreamsKeepsBinaryMode() throws Exception {
        LoadCurvePoint point = Examples.first(Category.EDF_LOAD_CURVE, LoadCurvePoint.class);
        CloudEvent event = MesInfosEvent.of(PERSON, point);
        try (Serde<CloudEvent> serde = EventCodec.serde()) {
            Headers headers = new RecordHeaders();
            byte[] bytes = serde.serializer().serialize(Topics.app("budget-coach"), headers, event);
            assertEquals("fr.mesinfos.edf.load-curve.v1", header(headers, "ce_type"));
            CloudEvent back = serde.deserializer().deserialize(Topics.app("budget-coach"), headers, bytes);
            assertEquals(point, EventCodec.decode(PERSON, back).payload());
        }
    }

    @Test
    void producerConfigurations() {
        Map<String, Object> config = EventCodec.producerConfig();
        assertEquals("BINARY", config.get("cloudevents.serializer.encoding"));
        assertEquals("org.apache.kafka.common.serialization.StringSerializer", config.get("key.serializer"));
        assertEquals("io.cloudevents.kafka.CloudEventSerializer", config.get("value.serializer"));
        Map<String, Object> durable = EventCodec.durableProducerConfig();
        assertEquals("all", durable.get("acks"));
        assertEquals("true", durable.get("enable.idempotence"));
        assertTrue(durable.entrySet().containsAll(config.entrySet()));
        assertInstanceOf(String.class, EventCodec.consumerConfig().get("value.deserializer"));
    }
}
