package fr.mesinfos.opendata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mesinfos.events.payload.TransitStop;
import fr.mesinfos.opendata.publicdata.TransitNetwork;

/** The GTFS loader (onebusaway) on the project's sample, as a folder and as a zip, and on feeds with bad rows. */
class GtfsLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final GtfsLoader loader = new GtfsLoader();

    @Test
    void readsTheSampleFeed() {
        GtfsLoader.Result result = loader.read(GtfsLoader.classpathInput(Resources.GTFS), "tcl-sample", TODAY);

        assertEquals(28, result.stops().rowsRead());
        assertEquals(28, result.stops().items().size());
        assertEquals(List.of(), result.stops().rejected());
        // feed_info.txt's start date
        assertEquals(LocalDate.of(2025, 9, 1), result.publishedOn());
        TransitStop charpennes = result.stops().items().stream().filter(s -> s.stopId().equals("CHARPENNES")).findFirst().orElseThrow();
        assertEquals("Charpennes - Charles Hernu", charpennes.stopName());
        assertEquals("tcl-sample", charpennes.feedId());
        assertEquals(List.of(
                new TransitStop.Route("A", "A", "Perrache - Vaulx-en-Velin La Soie", 1),
                new TransitStop.Route("B", "B", "Charpennes - Gare d'Oullins", 1),
                new TransitStop.Route("T1", "T1", "IUT Feyssine - Debourg", 0)), charpennes.routes());

        TransitNetwork.Feed feed = result.feed();
        assertEquals(28, feed.stops().size());
        assertEquals(Set.of("A", "B", "T1", "C3"), feed.trips().stream().map(t -> t.route().routeId()).collect(Collectors.toSet()));
        TransitNetwork.Trip first = feed.trips().stream().filter(t -> t.tripId().equals("A-0-001")).findFirst().orElseThrow();
        assertEquals("SEMAINE", first.serviceId());
        assertEquals(11, first.stopTimes().size());
        assertEquals(new TransitNetwork.StopTime("PERRACHE", 1, 6 * 3600, 6 * 3600), first.stopTimes().getFirst());
        assertEquals("CUSSET", first.stopTimes().getLast().stopId());
        // every 10 minutes from 06:00 to 21:00, both ways
        assertEquals(2 * 91, feed.trips().stream().filter(t -> t.route().routeId().equals("A")).count());
    }

    @Test
    void readsTheSampleAsAZipFile(@TempDir Path folder) throws IOException {
        Path zip = folder.resolve("gtfs.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out);
                Stream<Path> files = Files.list(Resources.path(Resources.GTFS))) {
            for (Path file : files.sorted().toList()) {
                zipped.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zipped);
                zipped.closeEntry();
            }
        }

        GtfsLoader.Result result = loader.read(GtfsLoader.input(zip), "tcl-sample", TODAY);

        assertEquals(28, result.stops().items().size());
    }

    @Test
    void reportsBadStopsAndStopTimesWithTheirFileAndLine() {
        GtfsLoader.Result result = loader.read(GtfsLoader.input(Resources.path("load/gtfs-malformed")), "tcl-sample", TODAY);

        // no feed_info.txt: the load date
        assertEquals(TODAY, result.publishedOn());
        assertEquals(7, result.stops().rowsRead());
        assertEquals(Set.of("S1", "S5"), result.stops().items().stream().map(TransitStop::stopId).collect(Collectors.toSet()));
        List<Rejection> rejected = result.stops().rejected();
        assertEquals(List.of(3L, 4L, 5L, 8L, 3L, 5L), rejected.stream().map(Rejection::line).toList());
        assertEquals("stops.txt: stop_lat and stop_lon are required", rejected.get(0).reason());
        assertTrue(rejected.get(1).reason().startsWith("stops.txt: stop_lat and stop_lon must be numbers"), rejected.get(1).reason());
        assertEquals("stops.txt: stop_name is missing", rejected.get(2).reason());
        assertTrue(rejected.get(3).reason().startsWith("stops.txt: /latitude: "), rejected.get(3).reason());
        assertEquals("stop_times.txt: stop_id is not in stops.txt", rejected.get(4).reason());
        assertTrue(rejected.get(5).reason().startsWith("stop_times.txt: arrival_time and departure_time are empty"), rejected.get(5).reason());
        // the network keeps the good stops and calls
        TransitNetwork.Trip trip = result.feed().trips().getFirst();
        assertEquals(List.of("S1", "S5"), trip.stopTimes().stream().map(TransitNetwork.StopTime::stopId).toList());
    }

    @Test
    void aFeedTheLibraryCannotReadIsUnreadableWithFileAndLine() {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> loader.read(GtfsLoader.input(Resources.path("load/gtfs-unknown-route")), "tcl-sample", TODAY));
        assertTrue(e.getMessage().startsWith("trips.txt line 3: "), e.getMessage());
    }
}
