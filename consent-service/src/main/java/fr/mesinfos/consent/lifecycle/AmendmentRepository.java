package fr.mesinfos.consent.lifecycle;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Amendments proposed by apps, waiting for (or answered by) the person. */
@ApplicationScoped
public class AmendmentRepository implements PanacheRepositoryBase<Amendment, UUID> {

    /** The amendment waiting for the person's answer on this consent, or null. */
    public Uni<Amendment> pending(UUID consentId) {
        return find("consentId = ?1 and state = ?2", consentId, Amendment.PROPOSED).firstResult();
    }

    public Uni<List<Amendment>> pendingOf(Collection<UUID> consentIds) {
        return consentIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("consentId in ?1 and state = ?2", consentIds, Amendment.PROPOSED);
    }
}
