package fr.mesinfos.opendata.load;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one load of a dataset did, for the operator: rows read, rows kept in the service's store, events acknowledged
 * by Kafka, rows rejected with their line and reason; {@code failure} says why a load did not complete (null when it
 * did).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoadReport(String dataset, String source, int rowsRead, int loaded, int published, List<Rejection> rejected,
        Instant startedAt, Instant finishedAt, String failure) {

    public LoadReport {
        rejected = List.copyOf(rejected);
    }

    static LoadReport failed(String dataset, String source, Instant startedAt, Instant finishedAt, String failure) {
        return new LoadReport(dataset, source, 0, 0, 0, List.of(), startedAt, finishedAt, failure);
    }
}
