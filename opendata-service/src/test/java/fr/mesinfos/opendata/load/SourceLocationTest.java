package fr.mesinfos.opendata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onebusaway.csv_entities.CsvInputSource;

import com.sun.net.httpserver.HttpServer;

/** Sources as an operator writes them: classpath samples, paths, file: URIs and http URLs, and what is unreadable. */
class SourceLocationTest {
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/meteo.csv", exchange -> {
            byte[] body = Files.readAllBytes(Resources.path("load/meteo-rest.csv"));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsAFileOverHttp() throws IOException {
        try (Reader reader = SourceLocation.parse(url("/meteo.csv")).openText()) {
            assertEquals(2, new WeatherCsvLoader().read(reader, code -> Optional.empty()).items().size());
        }
    }

    @Test
    void anHttpErrorIsUnreadable() {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> SourceLocation.parse(url("/missing.csv")).openText());
        assertEquals("answered HTTP 404", e.getMessage());
    }

    @Test
    void readsPathsAndFileUris(@TempDir Path folder) throws IOException {
        Path copy = Files.copy(Resources.path("load/meteo-rest.csv"), folder.resolve("meteo.csv"));
        for (String source : new String[] {copy.toString(), copy.toUri().toString()}) {
            try (Reader reader = SourceLocation.parse(source).openText()) {
                assertEquals(3, new WeatherCsvLoader().read(reader, code -> Optional.empty()).rowsRead());
            }
        }
        assertEquals("is a folder, not a file", assertThrows(UnreadableSourceException.class,
                () -> SourceLocation.parse(folder.toString()).openText()).getMessage());
        assertEquals("is neither a GTFS folder nor a zip file", assertThrows(UnreadableSourceException.class,
                () -> SourceLocation.parse(copy.toString()).openGtfs()).getMessage());
    }

    @Test
    void opensTheClasspathSamples() throws IOException {
        try (Reader reader = SourceLocation.parse("classpath:" + Resources.COMMUNES).openText()) {
            assertEquals(7, new CommuneBoundariesLoader().read(reader).items().size());
        }
        CsvInputSource feed = SourceLocation.parse("classpath:" + Resources.GTFS).openGtfs();
        assertEquals(28, new GtfsLoader().read(feed, "tcl-sample", LocalDate.of(2026, 1, 5)).stops().items().size());
        assertEquals("is not a resource of the classpath", assertThrows(UnreadableSourceException.class,
                () -> SourceLocation.parse("classpath:opendata/nothing.csv").openText()).getMessage());
        assertEquals("is not a GTFS folder of the classpath (no stops.txt)", assertThrows(UnreadableSourceException.class,
                () -> SourceLocation.parse("classpath:opendata").openGtfs()).getMessage());
        assertEquals("is empty", assertThrows(UnreadableSourceException.class, () -> SourceLocation.parse(" ")).getMessage());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
