package fr.mesinfos.consent.gate;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gate's few settings (mesinfos.gate.*), so timings can be shortened in tests and tuned in production. */
@ConfigMapping(prefix = "mesinfos.gate")
public interface GateConfig {

    /** How often (wall clock) ACTIVE consents past their expiresAt are looked for, to tell their apps they ended. */
    @WithDefault("PT5S")
    Duration expiryCheck();

    /** How often (wall clock) the delivery counts gathered since the last flush are published on consent.deliveries.v1. */
    @WithDefault("PT5S")
    Duration countFlush();

    /** How long an app has, after a consent ended, to delete what it received under it (the control event's deleteBy). */
    @WithDefault("P30D")
    Duration deleteWithin();

    /** The longest the gate waits for Kafka to create or describe a topic. */
    @WithDefault("PT10S")
    Duration adminTimeout();
}
