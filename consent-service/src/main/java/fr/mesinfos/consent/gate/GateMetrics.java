package fr.mesinfos.consent.gate;

import io.micrometer.core.instrument.Metrics;

/**
 * The gate's counters, on Micrometer's global registry (which Quarkus exports) because Kafka Streams instantiates some
 * of the gate's classes itself; tags name a category, an app or a reason, never a person.
 */
final class GateMetrics {
    static final String DELIVERED = "mesinfos.gate.delivered";
    static final String SKIPPED = "mesinfos.gate.skipped";
    static final String ENDED = "mesinfos.gate.consent.ended";

    private GateMetrics() {
    }

    /** An event written to an app's topic. */
    static void delivered(String appId, String category) {
        Metrics.counter(DELIVERED, "app", appId, "category", category).increment();
    }

    /** An input record the gate could not use (undecodable, invalid, unkeyed) or a delivery it could not make. */
    static void skipped(String reason) {
        Metrics.counter(SKIPPED, "reason", reason).increment();
    }

    /** A control event telling an app that a consent ended. */
    static void ended(String status) {
        Metrics.counter(ENDED, "status", status).increment();
    }
}
