package fr.mesinfos.opendata.load;

import java.util.Arrays;
import java.util.Optional;

/** The datasets an operator can load: the three open data categories of the catalog, and the communes' boundaries. */
public enum Dataset {
    COMMUNES("communes", "communes"),
    AIR_QUALITY("opendata.air-quality", "air-quality"),
    WEATHER("opendata.weather", "weather"),
    TRANSIT("opendata.transit", "transit");

    private final String id;
    private final String configName;

    Dataset(String id, String configName) {
        this.id = id;
        this.configName = configName;
    }

    /** The id in the API: the catalog's category id, or {@code communes}. */
    public String id() {
        return id;
    }

    /** The name in the configuration: {@code mesinfos.opendata.<name>.source}. */
    public String configName() {
        return configName;
    }

    public static Optional<Dataset> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
