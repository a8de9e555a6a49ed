package fr.mesinfos.connector.link;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's link to one partner account: the account is the key, so an account has one owner at most. */
@Entity
@Table(name = "account_link")
public class AccountLink {
    @Id
    @Column(name = "account", length = 32)
    public String account;

    @Column(name = "person_id", nullable = false, length = 64)
    public String personId;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;

    public static AccountLink of(String account, String personId, Instant linkedAt) {
        AccountLink link = new AccountLink();
        link.account = account;
        link.personId = personId;
        link.linkedAt = linkedAt;
        return link;
    }
}
