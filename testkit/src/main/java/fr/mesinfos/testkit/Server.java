package fr.mesinfos.testkit;

import java.util.Map;

/** One piece of real infrastructure the platform needs, started on loopback and stopped cleanly. */
public interface Server extends AutoCloseable {

    /** Short name for logs and the local run's table, e.g. "kafka". */
    String name();

    /** What a run used, e.g. "Apache Kafka 4.1.1 (KRaft, child JVM)". */
    String description();

    /** Where a person or a client reaches it. */
    String url();

    /** Quarkus configuration that points a service at this server. */
    Map<String, String> quarkusConfig();

    @Override
    void close();
}
