package fr.mesinfos.opendata.load;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/** The samples and the test files of the loaders, from the classpath. */
final class Resources {
    static final String COMMUNES = "opendata/communes-lyon.geojson";
    static final String AIR_QUALITY = "opendata/atmo-indices-lyon.csv";
    static final String WEATHER = "opendata/meteo-france-quotidien-69.csv";
    static final String GTFS = "opendata/gtfs-tcl-sample";

    private Resources() {
    }

    static Reader reader(String name) {
        return new InputStreamReader(Objects.requireNonNull(Resources.class.getClassLoader().getResourceAsStream(name), name),
                StandardCharsets.UTF_8);
    }

    /** A classpath resource as a file or folder (tests run from target/classes and target/test-classes). */
    static Path path(String name) {
        try {
            return Path.of(Objects.requireNonNull(Resources.class.getClassLoader().getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
    }
}
