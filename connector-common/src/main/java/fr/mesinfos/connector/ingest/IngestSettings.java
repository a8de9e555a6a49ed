package fr.mesinfos.connector.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much one push may carry (above it the partner gets 413 and splits the batch) and how long Kafka may take. */
@ConfigMapping(prefix = "mesinfos.ingest")
public interface IngestSettings {
    /** Records of the partner's format in one batch. */
    @WithDefault("10000")
    int maxRecords();

    /** Canonical events one batch may map to (an Enedis reading of a year holds 17,520 half-hours). */
    @WithDefault("200000")
    int maxEvents();

    /** Bytes of one push body, checked on its declared length before it is read. */
    @WithDefault("16777216")
    long maxBodyBytes();

    /** How long Kafka may take to acknowledge an event before the batch is answered 503. */
    @WithDefault("15000")
    int deliveryTimeoutMs();
}
