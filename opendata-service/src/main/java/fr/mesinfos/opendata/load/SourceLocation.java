package fr.mesinfos.opendata.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.onebusaway.csv_entities.CsvInputSource;

/**
 * Where a dataset is read from, as an operator writes it: {@code classpath:opendata/...} (the samples shipped with the
 * service), an http(s) URL, or a file path (or file: URI). Opening one that cannot be read says why.
 */
public final class SourceLocation {
    private static final String CLASSPATH = "classpath:";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private enum Kind { CLASSPATH, HTTP, FILE }

    private final String text;
    private final Kind kind;
    private final String classpathName;
    private final URI uri;
    private final Path path;

    private SourceLocation(String text, Kind kind, String classpathName, URI uri, Path path) {
        this.text = text;
        this.kind = kind;
        this.classpathName = classpathName;
        this.uri = uri;
        this.path = path;
    }

    public static SourceLocation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableSourceException("is empty");
        }
        String trimmed = text.strip();
        if (trimmed.startsWith(CLASSPATH)) {
            return new SourceLocation(trimmed, Kind.CLASSPATH, trimmed.substring(CLASSPATH.length()).replaceFirst("^/", ""), null, null);
        }
        try {
            if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
                return new SourceLocation(trimmed, Kind.HTTP, null, new URI(trimmed), null);
            }
            if (trimmed.startsWith("file:")) {
                return new SourceLocation(trimmed, Kind.FILE, null, null, Path.of(new URI(trimmed)));
            }
            return new SourceLocation(trimmed, Kind.FILE, null, null, Path.of(trimmed));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UnreadableSourceException("is neither a path nor an http(s) URL");
        }
    }

    /** As the operator wrote it. */
    @Override
    public String toString() {
        return text;
    }

    /** The source as UTF-8 text (a CSV file, a GeoJSON document). */
    public Reader openText() {
        return new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8));
    }

    /** The source as a GTFS feed: a folder or a zip file (downloaded first when it is a URL). */
    public CsvInputSource openGtfs() {
        return switch (kind) {
            case CLASSPATH -> {
                if (Thread.currentThread().getContextClassLoader().getResource(classpathName + "/stops.txt") == null) {
                    throw new UnreadableSourceException("is not a GTFS folder of the classpath (no stops.txt)");
                }
                yield GtfsLoader.classpathInput(classpathName);
            }
            case FILE -> {
                requireExists();
                yield GtfsLoader.input(path);
            }
            case HTTP -> downloaded();
        };
    }

    private InputStream open() {
        return switch (kind) {
            case CLASSPATH -> {
                InputStream in = resource(classpathName);
                if (in == null) {
                    throw new UnreadableSourceException("is not a resource of the classpath");
                }
                yield in;
            }
            case FILE -> {
                requireExists();
                if (Files.isDirectory(path)) {
                    throw new UnreadableSourceException("is a folder, not a file");
                }
                try {
                    yield Files.newInputStream(path);
                } catch (IOException e) {
                    throw new UnreadableSourceException("cannot be opened (permissions?)", e);
                }
            }
            case HTTP -> get();
        };
    }

    private void requireExists() {
        if (!Files.exists(path)) {
            throw new UnreadableSourceException("no such file or folder");
        }
    }

    private InputStream get() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
        try {
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new UnreadableSourceException("answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot be downloaded (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableSourceException("download interrupted", e);
        }
    }

    private CsvInputSource downloaded() {
        try {
            Path zip = Files.createTempFile("gtfs-", ".zip");
            try (InputStream in = get()) {
                Files.copy(in, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(zip);
                throw e;
            }
            CsvInputSource feed;
            try {
                feed = GtfsLoader.input(zip);
            } catch (RuntimeException e) {
                Files.deleteIfExists(zip);
                throw e;
            }
            return new DeletingInputSource(feed, zip);
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot be downloaded (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static InputStream resource(String name) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
    }

    /** A downloaded feed, deleted once read. */
    private record DeletingInputSource(CsvInputSource feed, Path file) implements CsvInputSource {
        @Override
        public boolean hasResource(String name) throws IOException {
            return feed.hasResource(name);
        }

        @Override
        public InputStream getResource(String name) throws IOException {
            return feed.getResource(name);
        }

        @Override
        public void close() throws IOException {
            try {
                feed.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
