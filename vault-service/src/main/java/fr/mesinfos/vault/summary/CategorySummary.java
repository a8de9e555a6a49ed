package fr.mesinfos.vault.summary;

import java.time.Instant;

/** What the vault holds for a person in one category: how many records, over which span, from whom. */
public record CategorySummary(String category, String source, long count, Instant first, Instant last) {
}
