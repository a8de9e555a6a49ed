package fr.mesinfos.connector.link;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Links persons to their partner accounts: one owner per account, and only the owner may see or remove a link. */
@ApplicationScoped
public class AccountLinks {

    /** What linking did: created a new link, or found the caller's own existing one. */
    public record Linked(AccountLink link, boolean created) {
    }

    @Inject
    AccountLinkRepository repository;

    @Inject
    AccountFormat format;

    Clock clock = Clock.systemUTC();

    @WithTransaction
    public Uni<Linked> link(String personId, String rawAccount) {
        String account = normalize(rawAccount);
        return repository.findById(account).flatMap(existing -> {
            if (existing == null) {
                return repository.persist(AccountLink.of(account, personId, clock.instant())).map(l -> new Linked(l, true));
            }
            if (existing.personId.equals(personId)) {
                return Uni.createFrom().item(new Linked(existing, false));
            }
            // never say who owns it: that would disclose another person's account
            return Uni.createFrom().failure(new ProblemException(Problem.of(409, "account-already-linked", "Account already linked",
                    "This " + format.description() + " is linked to another MesInfos identity. If it is yours, contact the partner.")
                    .withErrors(List.of(new Problem.InvalidParam(null, "account", "already linked to another identity")))));
        });
    }

    @WithSession
    public Uni<List<AccountLink>> of(String personId) {
        return repository.ofPerson(personId);
    }

    /** Removes the caller's own link; 404 when the caller has no such link (whether or not someone else does). */
    @WithTransaction
    public Uni<Void> unlink(String personId, String rawAccount) {
        String account = normalize(rawAccount);
        return repository.delete("account = ?1 and personId = ?2", account, personId).flatMap(deleted -> deleted > 0
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new ProblemException(Problem.of(404, "link-not-found", "No such link",
                        "You have no link to this " + format.description() + "."))));
    }

    /**
     * Removes every link of the person (their erasure of all their data): from then on the partner's records for
     * those accounts are refused (422). Idempotent: removing links already gone removes nothing. The number removed.
     */
    @WithTransaction
    public Uni<Long> unlinkAll(String personId) {
        return repository.deleteOfPerson(personId);
    }

    /** The owner of each linked account among the given ones (unlinked accounts are absent). */
    @WithSession
    public Uni<Map<String, String>> owners(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return repository.ofAccounts(accounts)
                .map(links -> links.stream().collect(Collectors.toMap(l -> l.account, l -> l.personId)));
    }

    private String normalize(String rawAccount) {
        return format.normalize(rawAccount == null ? "" : rawAccount).orElseThrow(() -> new ProblemException(
                Problem.of(400, "invalid-account", "Invalid account", "Expected a " + format.description() + ".")
                        .withErrors(List.of(new Problem.InvalidParam(null, "account", "not a " + format.description())))));
    }
}
