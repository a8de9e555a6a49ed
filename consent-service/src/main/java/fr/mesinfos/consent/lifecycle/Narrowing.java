package fr.mesinfos.consent.lifecycle;

import java.time.Instant;
import java.util.List;

/** What a person may change when approving: fewer categories, a shorter access, a narrower data period (null = as asked). */
public record Narrowing(List<String> categories, Integer accessDays, Instant dataFrom, Instant dataTo) {
}
