package fr.mesinfos.vault.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The person's proof of an erasure: what was asked and when, how many records of each category were erased, that the
 * keys are destroyed and the erasure announced to the connectors and the consent service, and when it completed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErasureReceipt(String id, String scope, List<String> categories, Status status, Instant requestedAt,
        Map<String, Long> erasedRecords, Boolean keysDestroyed, Instant announcedAt, Instant completedAt, String notice) {

    /** PENDING until every step is done; a pending erasure is finished by the vault in the background. */
    public enum Status {
        PENDING, COMPLETED
    }

    static final String NOTICE = "Your records of these categories and the keys that encrypted them are erased from the vault, "
            + "backups included (they stay encrypted under destroyed keys). The connectors and the consent service are told: "
            + "after a full erasure your partner accounts are unlinked, and the consents covering these categories are "
            + "withdrawn and the apps told to delete what they received. The access log and this receipt are kept as "
            + "your evidence; they hold no data of the erased records.";
}
