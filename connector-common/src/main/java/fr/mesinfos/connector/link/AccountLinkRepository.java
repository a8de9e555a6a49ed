package fr.mesinfos.connector.link;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Account links in PostgreSQL, through Hibernate Reactive. */
@ApplicationScoped
public class AccountLinkRepository implements PanacheRepositoryBase<AccountLink, String> {

    public Uni<List<AccountLink>> ofPerson(String personId) {
        return list("personId = ?1 order by linkedAt, account", personId);
    }

    public Uni<List<AccountLink>> ofAccounts(Collection<String> accounts) {
        return list("account in ?1", accounts);
    }

    /** Deletes every link of the person; the number deleted (0 when there was none). */
    public Uni<Long> deleteOfPerson(String personId) {
        return delete("personId = ?1", personId);
    }
}
