package fr.mesinfos.testkit.local;

import java.util.Optional;

/** The services the local run starts: module folder (= application name), HTTP port, and its PostgreSQL database if any. */
enum PlatformService {
    CONNECTOR_ORANGE("connector-orange", 8081, "connector_orange", false),
    CONNECTOR_EDF("connector-edf", 8082, "connector_edf", false),
    CONNECTOR_MAIF("connector-maif", 8083, "connector_maif", false),
    VAULT("vault-service", 8084, null, true),
    CONSENT("consent-service", 8085, "consent_service", false),
    OPENDATA("opendata-service", 8086, null, false),
    /** The persons' web pages: calls the services above with the person's token (no database, no topic). */
    PERSONAL_SPACE("personal-space", 8087, null, false);

    final String module;
    final int port;
    private final String database;
    final boolean mongo;

    PlatformService(String module, int port, String database, boolean mongo) {
        this.module = module;
        this.port = port;
        this.database = database;
        this.mongo = mongo;
    }

    Optional<String> database() {
        return Optional.ofNullable(database);
    }
}
