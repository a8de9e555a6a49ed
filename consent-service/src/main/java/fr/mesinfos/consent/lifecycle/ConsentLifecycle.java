package fr.mesinfos.consent.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.mesinfos.consent.history.HistoryEntry;
import fr.mesinfos.consent.history.HistoryRepository;
import fr.mesinfos.consent.outbox.OutboxRepository;
import fr.mesinfos.consent.outbox.OutboxRow;
import fr.mesinfos.consent.receipt.Receipt;
import fr.mesinfos.consent.receipt.ReceiptFacts;
import fr.mesinfos.consent.receipt.ReceiptKind;
import fr.mesinfos.consent.receipt.Receipts;
import fr.mesinfos.events.platform.ConsentStatus;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The consent lifecycle: every change goes through the state machine and, in one transaction, updates the consent,
 * appends its history line, writes the outbox row that publishes it, and issues its receipt (no dual write).
 */
@ApplicationScoped
public class ConsentLifecycle {

    /** A consent with the amendment waiting for its person, if any. */
    public record Details(Consent consent, Amendment pendingAmendment) {
    }

    @Inject
    ConsentRepository consents;

    @Inject
    AmendmentRepository amendments;

    @Inject
    NoticeRepository notices;

    @Inject
    HistoryRepository history;

    @Inject
    OutboxRepository outbox;

    @Inject
    Receipts receipts;

    @ConfigProperty(name = "mesinfos.consent.request-ttl", defaultValue = "P7D")
    Duration requestTtl;

    Clock clock = Clock.systemUTC();

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---- apps

    /** An app asks a person for consent: REQUESTED, answered by the person before the request expires. */
    @WithTransaction
    public Uni<Consent> request(String appId, String personId, Terms requested) {
        Instant now = now();
        return Uni.createFrom().item(requested::validated).flatMap(terms -> {
            Notice notice = Notice.of(appId, terms);
            return notices.keep(notice, now).replaceWith(Consent.requested(personId, appId, terms, notice, now, requestTtl));
        })
                .flatMap(consent -> consents.persist(consent))
                .flatMap(saved -> record(saved, "REQUEST", null, Actor.app(appId), null, now, saved.version, saved.noticeVersion))
                .flatMap(saved -> outbox.persist(OutboxRow.of(saved.personId, saved.id, now)).replaceWith(saved));
    }

    /** The app ends its own ACTIVE consent: REVOKED, with its reason (CS-RV-6 b). */
    @WithTransaction
    public Uni<Consent> terminate(String appId, UUID id, String reason) {
        Instant now = now();
        return required(consents.ofAppForUpdate(id, appId))
                .flatMap(consent -> change(consent, ConsentAction.TERMINATE, Actor.app(appId), reason, now, ReceiptKind.REVOCATION));
    }

    /**
     * The app confirms it deleted what it received under a consent that ended (withdrawn, expired, revoked): recorded
     * once in the consent and its history, and shown to the person (CS-RV-7). A repeated confirmation changes nothing.
     */
    @WithTransaction
    public Uni<Consent> confirmDeletion(String appId, UUID id, String statement) {
        Instant now = now();
        return required(consents.ofAppForUpdate(id, appId)).flatMap(consent -> {
            if (consent.status != ConsentStatus.WITHDRAWN && consent.status != ConsentStatus.EXPIRED && consent.status != ConsentStatus.REVOKED) {
                return Uni.createFrom().failure(new NotEndedException(consent.status));
            }
            if (consent.deletionConfirmedAt != null) {
                return Uni.createFrom().item(consent);
            }
            consent.deletionConfirmedAt = now;
            consent.deletionStatement = statement;
            return record(consent, "CONFIRM_DELETION", consent.status, Actor.app(appId), statement, now, consent.version, consent.noticeVersion);
        });
    }

    /** The app proposes new terms for an ACTIVE consent; they apply only once the person confirms (CS-AM-1). */
    @WithTransaction
    public Uni<Details> proposeAmendment(String appId, UUID id, Terms proposed) {
        Instant now = now();
        return required(consents.ofAppForUpdate(id, appId)).flatMap(consent -> {
            ConsentTransitions.next(consent.status, ConsentAction.PROPOSE_AMENDMENT);
            Terms terms = proposed.validated();
            Notice notice = Notice.of(appId, terms);
            return notices.keep(notice, now).flatMap(kept -> amendments.pending(consent.id)).flatMap(pending -> {
                Amendment amendment = pending != null ? pending : Amendment.proposed(consent, terms, notice, now);
                amendment.replace(terms, notice, now);
                return (pending != null ? Uni.createFrom().item(amendment) : amendments.persist(amendment))
                        .flatMap(saved -> record(consent, ConsentAction.PROPOSE_AMENDMENT.name(), consent.status, Actor.app(appId),
                                null, now, saved.version, saved.noticeVersion))
                        .replaceWith(new Details(consent, amendment));
            });
        });
    }

    // ---- persons

    /**
     * The person approves: a REQUESTED consent becomes ACTIVE on the terms asked, narrowed as they chose; an ACTIVE
     * consent with a proposed amendment moves to that new version (narrowed likewise), with a new access period.
     */
    @WithTransaction
    public Uni<Consent> approve(String personId, UUID id, Narrowing narrowing) {
        Instant now = now();
        return required(consents.ofPersonForUpdate(id, personId)).flatMap(consent -> {
            if (consent.status == ConsentStatus.ACTIVE) {
                return amendments.pending(consent.id).flatMap(pending -> pending == null
                        ? Uni.createFrom().failure(new IllegalTransitionException(consent.status, ConsentAction.APPROVE, "already approved; no amendment is waiting"))
                        : confirmAmendment(consent, pending, narrowing, now));
            }
            if (consent.status == ConsentStatus.REQUESTED && !now.isBefore(consent.requestExpiresAt)) {
                return Uni.createFrom().failure(new IllegalTransitionException(consent.status, ConsentAction.APPROVE, "the request expired"));
            }
            ConsentTransitions.next(consent.status, ConsentAction.APPROVE);
            Terms granted = consent.terms().narrowedBy(narrowing);
            return change(consent, ConsentAction.APPROVE, Actor.person(), null, now, ReceiptKind.GRANT, c -> {
                c.setTerms(granted, c.noticeVersion);
                c.grant(now);
            });
        });
    }

    /** The person refuses a request (REJECTED), or the amendment proposed on an ACTIVE consent (which stays as it was). */
    @WithTransaction
    public Uni<Consent> refuse(String personId, UUID id, String reason) {
        Instant now = now();
        return required(consents.ofPersonForUpdate(id, personId)).flatMap(consent -> {
            if (consent.status == ConsentStatus.ACTIVE) {
                return amendments.pending(consent.id).flatMap(pending -> {
                    if (pending == null) {
                        return Uni.createFrom().failure(new IllegalTransitionException(consent.status, ConsentAction.REFUSE, "no amendment is waiting"));
                    }
                    ConsentTransitions.next(consent.status, ConsentAction.REFUSE_AMENDMENT);
                    pending.state = Amendment.REFUSED;
                    return record(consent, ConsentAction.REFUSE_AMENDMENT.name(), consent.status, Actor.person(), reason, now,
                            pending.version, pending.noticeVersion);
                });
            }
            return change(consent, ConsentAction.REFUSE, Actor.person(), reason, now, null);
        });
    }

    /** The person withdraws: WITHDRAWN, committed before the answer (CS-RV-2). */
    @WithTransaction
    public Uni<Consent> withdraw(String personId, UUID id, String reason) {
        Instant now = now();
        return required(consents.ofPersonForUpdate(id, personId))
                .flatMap(consent -> change(consent, ConsentAction.WITHDRAW, Actor.person(), reason, now, ReceiptKind.WITHDRAWAL));
    }

    /**
     * The person erased these categories in the vault: each ACTIVE consent covering one of them is withdrawn, each
     * REQUESTED one refused, as if the person had done it (recorded through the channel vault-erasure). A consent
     * already ended is left alone, so the same erasure applied twice changes nothing.
     */
    @WithTransaction
    public Uni<Integer> endOnErasure(String personId, List<String> erasedCategories, String erasureId) {
        Instant now = now();
        String reason = "the person erased this data from their vault (erasure " + erasureId + ")";
        return consents.allOfPerson(personId).flatMap(all -> {
            Uni<Integer> ended = Uni.createFrom().item(0);
            for (Consent listed : all) {
                if (listed.categories.stream().noneMatch(erasedCategories::contains)) {
                    continue;
                }
                ConsentAction action = listed.status == ConsentStatus.ACTIVE ? ConsentAction.WITHDRAW
                        : listed.status == ConsentStatus.REQUESTED ? ConsentAction.REFUSE : null;
                if (action == null) {
                    continue;
                }
                ReceiptKind receipt = action == ConsentAction.WITHDRAW ? ReceiptKind.WITHDRAWAL : null;
                ended = ended.flatMap(count -> required(consents.ofPersonForUpdate(listed.id, personId))
                        .flatMap(consent -> change(consent, action, Actor.personByErasure(), reason, now, receipt))
                        .map(changed -> count + 1));
            }
            return ended;
        });
    }

    @WithSession
    public Uni<List<Details>> ofPerson(String personId) {
        return consents.allOfPerson(personId).flatMap(this::withAmendments);
    }

    @WithSession
    public Uni<Details> ofPerson(String personId, UUID id) {
        return required(consents.ofPerson(id, personId)).flatMap(this::withAmendment);
    }

    @WithSession
    public Uni<List<Details>> ofApp(String appId, ConsentStatus status) {
        return consents.allOfApp(appId, status).flatMap(this::withAmendments);
    }

    @WithSession
    public Uni<Details> ofApp(String appId, UUID id) {
        return required(consents.ofApp(id, appId)).flatMap(this::withAmendment);
    }

    @WithSession
    public Uni<List<HistoryEntry>> history(String personId, UUID id) {
        return required(consents.ofPerson(id, personId)).flatMap(consent -> history.of(consent.id));
    }

    @WithSession
    public Uni<List<Receipt>> receipts(String personId, UUID id) {
        return required(consents.ofPerson(id, personId)).flatMap(consent -> receipts.of(consent.id));
    }

    // ---- time

    /** Ids of the consents whose time is up (for the expiry job). */
    @WithSession
    public Uni<List<UUID>> due(int limit) {
        return consents.due(now(), limit);
    }

    /** Ends the consent if its time is up: ACTIVE past expiresAt → EXPIRED, REQUESTED past its request expiry → REJECTED. */
    @WithTransaction
    public Uni<ConsentStatus> expireIfDue(UUID id) {
        Instant now = now();
        return consents.forUpdate(id).flatMap(consent -> {
            if (consent == null) {
                return Uni.createFrom().nullItem();
            }
            if (consent.status == ConsentStatus.ACTIVE && !now.isBefore(consent.expiresAt)) {
                return change(consent, ConsentAction.EXPIRE, Actor.expiryJob(), "access period ended", now, ReceiptKind.EXPIRY).map(c -> c.status);
            }
            if (consent.status == ConsentStatus.REQUESTED && !now.isBefore(consent.requestExpiresAt)) {
                return change(consent, ConsentAction.TIME_OUT, Actor.expiryJob(), "request not answered in time", now, null).map(c -> c.status);
            }
            return Uni.createFrom().item(consent.status);
        });
    }

    // ---- the one way a consent changes

    private Uni<Consent> confirmAmendment(Consent consent, Amendment pending, Narrowing narrowing, Instant now) {
        ConsentTransitions.next(consent.status, ConsentAction.CONFIRM_AMENDMENT);
        Terms granted = pending.terms().narrowedBy(narrowing);
        pending.state = Amendment.CONFIRMED;
        return change(consent, ConsentAction.CONFIRM_AMENDMENT, Actor.person(), null, now, ReceiptKind.AMENDMENT, c -> {
            c.version = pending.version;
            c.setTerms(granted, pending.noticeVersion);
            c.grant(now);
        });
    }

    private Uni<Consent> change(Consent consent, ConsentAction action, Actor actor, String reason, Instant now, ReceiptKind receipt) {
        return change(consent, action, actor, reason, now, receipt, c -> { });
    }

    private Uni<Consent> change(Consent consent, ConsentAction action, Actor actor, String reason, Instant now, ReceiptKind receipt,
            java.util.function.Consumer<Consent> apply) {
        ConsentStatus from = consent.status;
        ConsentStatus to;
        try {
            to = ConsentTransitions.next(from, action);
        } catch (IllegalTransitionException e) {
            return Uni.createFrom().failure(e);
        }
        apply.accept(consent);
        consent.status = to;
        consent.revision++;
        consent.updatedAt = now;
        boolean ends = ConsentTransitions.isTerminal(to);
        if (ends) {
            consent.end(now, actor, reason);
        }
        Uni<Void> cancelPending = ends
                ? amendments.pending(consent.id).invoke(p -> {
                    if (p != null) {
                        p.state = Amendment.CANCELLED;
                    }
                }).replaceWithVoid()
                : Uni.createFrom().voidItem();
        return cancelPending
                .flatMap(v -> record(consent, action.name(), from, actor, reason, now, consent.version, consent.noticeVersion))
                .flatMap(c -> outbox.persist(OutboxRow.of(c.personId, c.id, now)))
                .flatMap(row -> receipt == null ? Uni.createFrom().voidItem()
                        : receipts.issue(facts(consent, receipt, actor, reason, now)).replaceWithVoid())
                .replaceWith(consent);
    }

    private Uni<Consent> record(Consent consent, String action, ConsentStatus from, Actor actor, String reason, Instant now,
            int version, String noticeVersion) {
        HistoryEntry entry = new HistoryEntry();
        entry.consentId = consent.id;
        entry.consentVersion = version;
        entry.action = action;
        entry.fromStatus = from == null ? null : from.name();
        entry.toStatus = consent.status.name();
        entry.actor = actor.who();
        entry.channel = actor.channel();
        entry.noticeVersion = noticeVersion;
        entry.reason = reason;
        entry.at = now;
        return history.append(entry).replaceWith(consent);
    }

    private static ReceiptFacts facts(Consent c, ReceiptKind kind, Actor actor, String reason, Instant now) {
        Purpose purpose = c.terms().purpose();
        return new ReceiptFacts(kind, c.id, c.version, c.status.name(), c.personId, c.appId, c.categories, purpose.code(),
                purpose.iri(), c.purposeTextFr, c.purposeTextEn, c.grantedAt, c.expiresAt, c.dataFrom, c.dataTo, c.oneOff,
                c.noticeVersion, actor.channel(), actor.who(), reason, now);
    }

    private Uni<Details> withAmendment(Consent consent) {
        return amendments.pending(consent.id).map(pending -> new Details(consent, pending));
    }

    private Uni<List<Details>> withAmendments(List<Consent> list) {
        return amendments.pendingOf(list.stream().map(c -> c.id).toList()).map(pending -> {
            Map<UUID, Amendment> byConsent = pending.stream().collect(Collectors.toMap(a -> a.consentId, Function.identity()));
            return list.stream().map(c -> new Details(c, byConsent.get(c.id))).toList();
        });
    }

    private static Uni<Consent> required(Uni<Consent> lookup) {
        return lookup.onItem().ifNull().failWith(ConsentNotFoundException::new);
    }
}
