package fr.mesinfos.vault.records;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.mesinfos.events.Category;
import fr.mesinfos.vault.read.OpenedRecord;
import fr.mesinfos.vault.read.Position;
import fr.mesinfos.vault.read.RecordReader;
import fr.mesinfos.vault.read.TimeRange;

/** Pages through one person's records: asks one more than the page holds to know whether a next page exists. */
@ApplicationScoped
public class RecordPages {

    @Inject
    RecordReader reader;

    public RecordPage page(String personId, Category category, TimeRange range, PageRequest request) {
        List<OpenedRecord> found = reader.page(personId, category, range, request.order(), request.after(), request.limit() + 1);
        boolean more = found.size() > request.limit();
        List<OpenedRecord> shown = more ? found.subList(0, request.limit()) : found;
        String next = null;
        if (more) {
            OpenedRecord last = shown.get(shown.size() - 1);
            next = new Position(request.order(), last.time(), last.eventId()).cursor();
        }
        return new RecordPage(category.id(), request.order().name().toLowerCase(), range.from(), range.to(),
                shown.stream().map(RecordPage.Item::of).toList(), next);
    }
}
