package fr.mesinfos.consent.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import fr.mesinfos.events.platform.ConsentStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Consents in PostgreSQL; every lookup for a caller is scoped to that caller (person or app). */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /** The person's consent, locked for a change (SELECT ... FOR UPDATE), or null. */
    public Uni<Consent> ofPersonForUpdate(UUID id, String personId) {
        return find("id = ?1 and personId = ?2", id, personId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The app's consent, locked for a change, or null. */
    public Uni<Consent> ofAppForUpdate(UUID id, String appId) {
        return find("id = ?1 and appId = ?2", id, appId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Consent> forUpdate(UUID id) {
        return find("id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Consent> ofPerson(UUID id, String personId) {
        return find("id = ?1 and personId = ?2", id, personId).firstResult();
    }

    public Uni<Consent> ofApp(UUID id, String appId) {
        return find("id = ?1 and appId = ?2", id, appId).firstResult();
    }

    public Uni<List<Consent>> allOfPerson(String personId) {
        return list("personId = ?1 order by requestedAt, id", personId);
    }

    public Uni<List<Consent>> allOfApp(String appId, ConsentStatus status) {
        return status == null
                ? list("appId = ?1 order by requestedAt, id", appId)
                : list("appId = ?1 and status = ?2 order by requestedAt, id", appId, status);
    }

    /** Ids of consents whose time is up: ACTIVE past expiresAt, REQUESTED past their request expiry. */
    public Uni<List<UUID>> due(Instant now, int limit) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                "select id from Consent where (status = ?1 and expiresAt <= ?2) or (status = ?3 and requestExpiresAt <= ?2) order by updatedAt",
                UUID.class)
                .setParameter(1, ConsentStatus.ACTIVE).setParameter(2, now).setParameter(3, ConsentStatus.REQUESTED)
                .setMaxResults(limit).getResultList());
    }
}
