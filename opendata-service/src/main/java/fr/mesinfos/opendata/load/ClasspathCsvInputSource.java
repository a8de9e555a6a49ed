package fr.mesinfos.opendata.load;

import java.io.IOException;
import java.io.InputStream;

import org.onebusaway.csv_entities.CsvInputSource;

/** A GTFS feed shipped as a folder of the classpath (the sample), for onebusaway's reader, which otherwise wants a file. */
final class ClasspathCsvInputSource implements CsvInputSource {
    private final String folder;

    ClasspathCsvInputSource(String folder) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    @Override
    public boolean hasResource(String name) throws IOException {
        return Thread.currentThread().getContextClassLoader().getResource(folder + name) != null;
    }

    @Override
    public InputStream getResource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(folder + name);
        if (in == null) {
            throw new IOException(name + " is not in the feed");
        }
        return in;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
