package fr.mesinfos.consent.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The outbox rows: appended by each state change, read and marked sent by the relay. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxRow, Long> {

    public Uni<List<OutboxRow>> unsent(int limit) {
        return find("sentAt is null order by id").page(0, limit).list();
    }

    public Uni<Integer> markSent(List<Long> ids, Instant at) {
        return update("sentAt = ?1 where id in ?2", at, ids);
    }

    public Uni<Long> countUnsent() {
        return count("sentAt is null");
    }
}
