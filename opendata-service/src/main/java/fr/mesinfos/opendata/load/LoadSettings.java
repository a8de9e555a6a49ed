package fr.mesinfos.opendata.load;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where each dataset is loaded from by default (the samples shipped with the service) and whether to load at startup. */
@ConfigMapping(prefix = "mesinfos.opendata")
public interface LoadSettings {

    /** Loads every dataset from its configured source when the service starts. */
    @WithDefault("true")
    boolean loadOnStart();

    Source communes();

    Source airQuality();

    Source weather();

    Transit transit();

    /** One dataset's source: classpath:..., a path or an http(s) URL. */
    interface Source {
        String source();
    }

    /** The GTFS feed's source and the id its stops are published under. */
    interface Transit extends Source {
        @WithDefault("tcl-sample")
        String feedId();
    }

    default String sourceOf(Dataset dataset) {
        return switch (dataset) {
            case COMMUNES -> communes().source();
            case AIR_QUALITY -> airQuality().source();
            case WEATHER -> weather().source();
            case TRANSIT -> transit().source();
        };
    }
}
