package fr.mesinfos.personal.consents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.mesinfos.personal.vault.VaultApi;
import fr.mesinfos.personal.vault.VaultModels.AccessPage;

/** The person's consents from the consent service, with what each app received from the vault's access log. */
@ApplicationScoped
public class ConsentsService {
    /** The access log is read a page of 1000 at a time, at most this many pages for one view. */
    static final int ACCESS_PAGES = 5;

    /** Pending requests, active consents and ended ones, each as cards. */
    public record Overview(List<ConsentCard> pending, List<ConsentCard> active, List<ConsentCard> ended) {
    }

    @Inject
    @RestClient
    ConsentApi consents;

    @Inject
    @RestClient
    VaultApi vault;

    public Overview overview(Locale locale) {
        List<ConsentApi.Consent> mine = consents.mine();
        Map<String, List<ConsentCard.Received>> received = received();
        List<ConsentCard> pending = new ArrayList<>();
        List<ConsentCard> active = new ArrayList<>();
        List<ConsentCard> ended = new ArrayList<>();
        for (ConsentApi.Consent consent : mine) {
            ConsentCard card = ConsentCard.of(consent, locale, received.getOrDefault(consent.id(), List.of()));
            (card.pending() ? pending : card.active() ? active : ended).add(card);
        }
        Comparator<ConsentCard> newest = Comparator.comparing((ConsentCard c) -> c.consent().requestedAt(),
                Comparator.nullsLast(Comparator.naturalOrder())).reversed();
        pending.sort(newest);
        active.sort(newest);
        ended.sort(newest);
        return new Overview(pending, active, ended);
    }

    public ConsentCard one(String id, Locale locale) {
        ConsentApi.Consent consent = consents.one(id);
        return ConsentCard.of(consent, locale, received().getOrDefault(consent.id(), List.of()));
    }

    public List<ConsentApi.History> history(String id) {
        return consents.history(id);
    }

    public List<ConsentApi.Receipt> receipts(String id) {
        return consents.receipts(id);
    }

    /** Approves all that was asked, or only the kept categories and a shorter access when the person narrowed it. */
    public ConsentApi.Consent approve(String id, List<String> kept, Integer accessDays) {
        ConsentApi.Consent asked = consents.one(id);
        List<String> categories = kept == null || asked.categories() == null || kept.containsAll(asked.categories())
                ? null : asked.categories().stream().filter(kept::contains).toList();
        Integer days = accessDays == null || accessDays >= asked.accessDays() ? null : accessDays;
        return consents.approve(id, new ConsentApi.Approval(categories, days));
    }

    public ConsentApi.Consent refuse(String id) {
        return consents.refuse(id, new ConsentApi.Reason(null));
    }

    public ConsentApi.Consent withdraw(String id) {
        return consents.withdraw(id, new ConsentApi.Reason(null));
    }

    /** Records received per consent and category (deliveries by the gate and reads through the vault). */
    Map<String, List<ConsentCard.Received>> received() {
        Map<String, Map<String, ConsentCard.Received>> byConsent = new LinkedHashMap<>();
        String cursor = null;
        for (int page = 0; page < ACCESS_PAGES; page++) {
            AccessPage answer = vault.accessLog(1000, cursor);
            for (AccessPage.AccessEntry entry : answer.items()) {
                if (entry.consentId() == null) {
                    continue;
                }
                byConsent.computeIfAbsent(entry.consentId(), k -> new LinkedHashMap<>())
                        .merge(entry.category(), new ConsentCard.Received(entry.category(), entry.records(), entry.at()),
                                (a, b) -> new ConsentCard.Received(a.category(), a.records() + b.records(), latest(a.last(), b.last())));
            }
            cursor = answer.next();
            if (cursor == null) {
                break;
            }
        }
        Map<String, List<ConsentCard.Received>> result = new LinkedHashMap<>();
        byConsent.forEach((id, byCategory) -> result.put(id, List.copyOf(byCategory.values())));
        return result;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
