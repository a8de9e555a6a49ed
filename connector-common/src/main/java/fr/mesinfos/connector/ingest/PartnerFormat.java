package fr.mesinfos.connector.ingest;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One native format a partner pushes, as the pilot's partners really delivered it (e.g. Enedis Data Connect load
 * curves): turns one record of a pushed batch into canonical payloads of the events catalog. A connector declares each
 * of its formats as an {@code @ApplicationScoped} bean; the shared push API finds it by {@link #name()}.
 */
public interface PartnerFormat {

    /** The path segment of the push API: POST /api/v1/push/{name}; lowercase letters, digits and hyphens. */
    String name();

    /** One sentence for the API documentation: what the partner sends in this format. */
    String description();

    /**
     * Maps one record. Every problem goes to {@code errors} with the JSON pointer of the offending field inside the
     * record and a reason that does not repeat the value (no personal data in errors); a record with errors may return
     * an empty list. The returned payloads are validated against their schema afterwards by the push API, so a mapper
     * only reports what it cannot map. The account of each mapping is in the normalized form of the partner's
     * {@link fr.mesinfos.connector.link.AccountFormat}.
     */
    List<Mapped> map(JsonNode record, RecordErrors errors);
}
