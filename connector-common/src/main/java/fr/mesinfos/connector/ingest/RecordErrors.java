package fr.mesinfos.connector.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with one record of a batch: the field (JSON pointer in the record) and why. */
public final class RecordErrors {
    /** One problem of one record. */
    public record RecordError(String field, String reason) {
    }

    private final List<RecordError> errors = new ArrayList<>();

    public void add(String field, String reason) {
        errors.add(new RecordError(field, reason));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<RecordError> list() {
        return List.copyOf(errors);
    }
}
