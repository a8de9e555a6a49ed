package fr.mesinfos.opendata.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.mesinfos.events.OpenDataPayload;
import fr.mesinfos.events.PayloadValidator;
import fr.mesinfos.events.Violation;

/** What a loader read from a source: the good rows, how many rows there were, and the bad rows with line and reason. */
public record Parsed<T>(List<T> items, int rowsRead, List<Rejection> rejected) {

    public Parsed {
        items = List.copyOf(items);
        rejected = List.copyOf(rejected);
    }

    /** Collects rows as a loader reads them. */
    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private int rowsRead;

        void read() {
            rowsRead++;
        }

        void add(T item) {
            items.add(item);
        }

        void reject(long line, String reason) {
            rejected.add(new Rejection(line, reason));
        }

        void reject(long line, List<String> reasons) {
            reject(line, String.join("; ", reasons));
        }

        /** Keeps the payload if it satisfies its category's schema and rules, else rejects the row with the violations. */
        void addChecked(long line, T payload) {
            addChecked(line, payload, "");
        }

        /** The same, the reason of a rejection starting with {@code prefix} (e.g. the file of a feed). */
        void addChecked(long line, T payload, String prefix) {
            List<Violation> violations = PayloadValidator.shared().validate((OpenDataPayload) payload);
            if (violations.isEmpty()) {
                items.add(payload);
            } else {
                reject(line, prefix + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
            }
        }

        Parsed<T> build() {
            return new Parsed<>(items, rowsRead, rejected);
        }
    }
}
