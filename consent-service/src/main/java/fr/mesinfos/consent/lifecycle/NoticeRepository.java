package fr.mesinfos.consent.lifecycle;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The verbatim notice texts, each stored once by version. */
@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<NoticeText, String> {

    /** Keeps the notice text (once per version); its version. */
    public Uni<String> keep(Notice notice, Instant now) {
        return findById(notice.version()).flatMap(existing -> existing != null
                ? Uni.createFrom().item(notice.version())
                : persist(NoticeText.of(notice, now)).map(saved -> notice.version()));
    }
}
