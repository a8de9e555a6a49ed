package fr.mesinfos.consent.receipt;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The receipts of a consent, oldest first. */
@ApplicationScoped
public class ReceiptRepository implements PanacheRepositoryBase<Receipt, UUID> {

    public Uni<List<Receipt>> of(UUID consentId) {
        return list("consentId = ?1 order by issuedAt, id", consentId);
    }
}
