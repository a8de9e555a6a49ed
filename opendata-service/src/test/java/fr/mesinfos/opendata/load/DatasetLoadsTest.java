package fr.mesinfos.opendata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import fr.mesinfos.events.Category;
import fr.mesinfos.events.DecodedEvent;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.payload.AirQualityIndex;
import fr.mesinfos.events.payload.DailyWeather;
import fr.mesinfos.events.payload.TransitStop;
import fr.mesinfos.opendata.publicdata.AirQuality;
import fr.mesinfos.opendata.publicdata.Commune;
import fr.mesinfos.opendata.publicdata.Communes;
import fr.mesinfos.opendata.publicdata.TransitNetwork;
import fr.mesinfos.opendata.publicdata.Weather;
import fr.mesinfos.testkit.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

/** At startup the service loads the samples into its stores and publishes them on the opendata.* topics (real Kafka). */
@QuarkusTest
class DatasetLoadsTest {
    @Inject
    DatasetLoads loads;
    @Inject
    Communes communes;
    @Inject
    AirQuality airQuality;
    @Inject
    Weather weather;
    @Inject
    TransitNetwork transit;

    @Test
    void startupLoadedEverySampleWithoutRejections() {
        assertStartupLoad(Dataset.COMMUNES, 7, 0);
        assertStartupLoad(Dataset.AIR_QUALITY, 456 * 6, 456 * 6);
        assertStartupLoad(Dataset.WEATHER, 760 * 2, 760 * 2);
        assertStartupLoad(Dataset.TRANSIT, 28, 28);
    }

    @Test
    void startupFilledTheStores() {
        assertEquals(Optional.of("Bron"), communes.locate(45.7350, 4.9150).map(Commune::name));
        assertEquals(4, airQuality.of("69123", LocalDate.of(2025, 9, 1)).orElseThrow().atmoIndex());
        DailyWeather bron = weather.of("69029", LocalDate.of(2024, 11, 1)).orElseThrow();
        assertEquals("Bron", bron.communeName());
        assertEquals(9.5, bron.meanTemperatureC());
        assertEquals("tcl-sample", transit.feed().feedId());
        assertFalse(transit.stopsWithin(45.7707, 4.8631, 50).isEmpty());
    }

    @Test
    void thePublishedEventsAreOnTheOpenDataTopicsAndDecode() {
        List<DecodedEvent<AirQualityIndex>> air = readAll(Category.OPENDATA_AIR_QUALITY, AirQualityIndex.class, 456 * 6);
        DecodedEvent<AirQualityIndex> lyon = air.stream()
                .filter(e -> e.payload().inseeCode().equals("69123") && e.payload().date().equals(LocalDate.of(2025, 9, 1)))
                .findFirst().orElseThrow();
        assertEquals("69123", lyon.key());
        assertEquals(4, lyon.payload().atmoIndex());

        List<DecodedEvent<DailyWeather>> days = readAll(Category.OPENDATA_WEATHER, DailyWeather.class, 760 * 2);
        assertTrue(days.stream().anyMatch(e -> e.payload().stationId().equals("69299001")
                && e.payload().date().equals(LocalDate.of(2026, 11, 30))));

        List<DecodedEvent<TransitStop>> stops = readAll(Category.OPENDATA_TRANSIT, TransitStop.class, 28);
        TransitStop charpennes = stops.stream().map(DecodedEvent::payload).filter(s -> s.stopId().equals("CHARPENNES"))
                .findFirst().orElseThrow();
        assertEquals(List.of("A", "B", "T1"), charpennes.routes().stream().map(TransitStop.Route::routeId).toList());
        assertEquals(LocalDate.of(2025, 9, 1), charpennes.feedPublishedOn());
    }

    private void assertStartupLoad(Dataset dataset, int rows, int published) {
        LoadReport report = loads.latest(dataset).stream().filter(r -> r.source().startsWith("classpath:")).findFirst()
                .orElseThrow(() -> new AssertionError("no startup load of " + dataset.id()));
        assertEquals(dataset.id(), report.dataset());
        assertEquals(null, report.failure());
        assertEquals(rows, report.rowsRead());
        assertEquals(rows, report.loaded());
        assertEquals(published, report.published());
        assertEquals(List.of(), report.rejected());
        assertFalse(report.finishedAt().isBefore(report.startedAt()));
    }

    /** Reads the topic from the start as the operator until {@code atLeast} records have come, decoding every one. */
    private static <P extends fr.mesinfos.events.CategoryPayload> List<DecodedEvent<P>> readAll(Category category, Class<P> type, int atLeast) {
        Map<String, Object> config = TestKafka.operator();
        config.putAll(EventCodec.consumerConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "opendata-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<DecodedEvent<P>> decoded = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(category.topic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (decoded.size() < atLeast && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    decoded.add(EventCodec.decode(record, type));
                }
            }
        }
        assertTrue(decoded.size() >= atLeast, category.topic() + ": " + decoded.size() + " records");
        return decoded;
    }
}
