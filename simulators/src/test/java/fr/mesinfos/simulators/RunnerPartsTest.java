package fr.mesinfos.simulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The runner's options and batching, without a platform: defaults, overrides, batches of about 1,000 events. */
class RunnerPartsTest {

    @Test
    void defaultsAreTwoThousandPersonsOverTheFourteenDaysEndingYesterdayOnTheLocalPorts() {
        SimulatorRunner.Options options = SimulatorRunner.Options.defaults();
        assertEquals(2_000, options.persons());
        assertEquals(14, options.days());
        assertEquals(LocalDate.now(Calendar.PARIS).minusDays(1), options.start().plusDays(options.days() - 1));
        assertEquals(42, options.seed());
        assertEquals("http://127.0.0.1:8180", options.keycloak());
        assertEquals(Map.of("orange", "http://127.0.0.1:8081", "edf", "http://127.0.0.1:8082", "maif", "http://127.0.0.1:8083"),
                options.connectors());
    }

    @Test
    void argumentsOverrideDefaultsAndUnknownOptionsAreRefused() {
        SimulatorRunner.Options options = SimulatorRunner.Options.parse("--persons", "50", "--days", "7", "--start", "2017-03-20",
                "--seed", "7", "--partners", "edf,maif", "--edf", "http://localhost:9999", "--concurrency", "2");
        assertEquals(50, options.persons());
        assertEquals(LocalDate.of(2017, 3, 20), options.start());
        assertEquals(Map.of("edf", "http://localhost:9999", "maif", "http://127.0.0.1:8083"), options.connectors());
        assertEquals(2, options.concurrency());
        assertThrows(IllegalArgumentException.class, () -> SimulatorRunner.Options.parse("--person", "5"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorRunner.Options.parse("--partners", "grdf"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorRunner.Options.parse("--days"));
    }

    @Test
    void batchesHoldAboutAThousandEventsAndEveryRecordOnce() {
        LocalDate start = LocalDate.of(2017, 10, 27);
        for (String partner : Feed.PARTNERS) {
            for (Feed feed : Feed.of(partner, 42, start, 5)) {
                List<ObjectNode> records = new ArrayList<>();
                for (int index = 1; index <= 30; index++) {
                    records.addAll(feed.records().apply(Persona.of(42, index)));
                }
                List<Batches.Batch> batches = Batches.of(records, feed.events(), Batches.TARGET_EVENTS);
                int events = records.stream().mapToInt(feed.events()).sum();
                assertEquals(records.size(), batches.stream().mapToInt(b -> b.records().size()).sum());
                assertEquals(events, batches.stream().mapToInt(Batches.Batch::events).sum());
                for (int i = 0; i < batches.size(); i++) {
                    Batches.Batch batch = batches.get(i);
                    assertTrue(batch.records().size() <= Batches.MAX_RECORDS);
                    assertTrue(batch.events() <= Batches.TARGET_EVENTS || batch.records().size() == 1, feed.format());
                    if (i < batches.size() - 1) {
                        assertTrue(batch.events() > Batches.TARGET_EVENTS * 0.9, feed.format() + " batch of " + batch.events());
                    }
                }
            }
        }
    }
}
