package fr.mesinfos.consent.history;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Appends to and reads the consent history; it offers no way to change or remove a line. */
@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, Long> {

    public Uni<HistoryEntry> append(HistoryEntry entry) {
        return persist(entry);
    }

    public Uni<List<HistoryEntry>> of(UUID consentId) {
        return list("consentId = ?1 order by id", consentId);
    }
}
