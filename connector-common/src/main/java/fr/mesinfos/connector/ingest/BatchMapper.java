package fr.mesinfos.connector.ingest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.Source;
import fr.mesinfos.events.Checked;
import fr.mesinfos.events.ValidPayload;
import fr.mesinfos.events.PayloadValidator;
import fr.mesinfos.support.problem.Problem;

/**
 * Maps and validates a whole batch before anything is published: every record through the partner's format, every
 * resulting payload checked once against its JSON Schema (the checked payload becomes its event without a second
 * validation); collects every error with the record's index.
 */
final class BatchMapper {

    /** The batch mapped, or every reason it cannot be. */
    record Result(List<Indexed> mapped, List<Problem.InvalidParam> errors) {
    }

    /** A checked payload, the account it belongs to, and the index of the record it came from. */
    record Indexed(int index, String account, ValidPayload payload) {
    }

    private BatchMapper() {
    }

    static Result map(PartnerFormat format, Source partner, JsonNode records) {
        List<Indexed> mapped = new ArrayList<>();
        List<Problem.InvalidParam> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            final int index = i;
            JsonNode record = records.get(index);
            if (!record.isObject()) {
                errors.add(new Problem.InvalidParam(index, "", "must be a JSON object"));
                continue;
            }
            RecordErrors recordErrors = new RecordErrors();
            List<Mapped> results;
            try {
                results = format.map(record, recordErrors);
            } catch (RuntimeException e) {
                // a mapper must report, not throw; never echo the message (it may hold a value)
                errors.add(new Problem.InvalidParam(index, "", "could not be read as " + format.name()));
                continue;
            }
            recordErrors.list().forEach(e -> errors.add(new Problem.InvalidParam(index, e.field(), e.reason())));
            if (!recordErrors.isEmpty()) {
                continue;
            }
            for (Mapped one : results) {
                var category = CategoryCatalog.of(one.payload());
                if (category.source() != partner) {
                    throw new IllegalStateException(format.name() + " mapped to another partner's category " + category.id());
                }
                Checked checked = PayloadValidator.shared().check(one.payload());
                checked.violations().forEach(v -> errors.add(new Problem.InvalidParam(index, "(" + category.id() + ")" + v.field(), v.reason())));
                if (checked.isValid()) {
                    mapped.add(new Indexed(index, one.account(), checked.valid()));
                }
            }
        }
        return new Result(mapped, errors);
    }
}
