package fr.mesinfos.vault.apps;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;
import fr.mesinfos.vault.access.AccessKind;
import fr.mesinfos.vault.access.AccessLog;
import fr.mesinfos.vault.consent.ConsentStates;
import fr.mesinfos.vault.read.TimeRange;
import fr.mesinfos.vault.records.PageRequest;
import fr.mesinfos.vault.records.RecordPage;
import fr.mesinfos.vault.records.RecordPages;

/**
 * An app's read of a person's history: allowed only under an ACTIVE, unexpired consent of that person to that app
 * covering the category, limited to the consent's data period, and logged for the person before the data leaves.
 */
@ApplicationScoped
public class AppReads {

    @Inject
    ConsentStates consents;

    @Inject
    RecordPages pages;

    @Inject
    AccessLog accessLog;

    public RecordPage read(String appId, String personId, Category category, TimeRange asked, PageRequest request) {
        if (!consents.caughtUp()) {
            throw new ProblemException(Problem.of(503, "consents-loading", "Consents not loaded yet",
                    "the vault is still reading the consent states; try again shortly")).withHeader("Retry-After", "5");
        }
        ConsentState consent = consents.allowing(personId, appId, category, Instant.now())
                .orElseThrow(() -> new ProblemException(Problem.of(403, "no-consent", "No consent",
                        "no ACTIVE consent of this person allows app " + appId + " to read " + category.id())));
        Optional<TimeRange> allowed = asked.intersect(consent.dataFrom(), consent.dataTo());
        RecordPage page = allowed.map(range -> pages.page(personId, category, range, request))
                .orElseGet(() -> new RecordPage(category.id(), request.order().name().toLowerCase(), asked.from(), asked.to(), List.of(), null));
        accessLog.record(personId, appId, category.id(), AccessKind.READ, page.items().size(), consent.consentId());
        return page;
    }
}
