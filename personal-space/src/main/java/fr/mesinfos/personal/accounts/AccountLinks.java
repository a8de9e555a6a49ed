package fr.mesinfos.personal.accounts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.mesinfos.events.Source;
import fr.mesinfos.personal.web.CategoryView;
import fr.mesinfos.personal.web.Outcome;

/** The person's accounts at each partner (a PRM, a phone number, a member number), through each partner's connector. */
@ApplicationScoped
public class AccountLinks {

    /** One partner's links as the home page shows them, or why they cannot be shown. */
    public record PartnerLinks(String partner, String partnerName, String accountKind, Outcome<List<LinksApi.Link>> links) {
    }

    @Inject
    @RestClient
    OrangeLinks orange;

    @Inject
    @RestClient
    EdfLinks edf;

    @Inject
    @RestClient
    MaifLinks maif;

    public List<PartnerLinks> all() {
        return List.of(Source.EDF, Source.ORANGE, Source.MAIF).stream()
                .map(source -> new PartnerLinks(source.id(), CategoryView.partnerName(source), "account_kind_" + source.id(),
                        Outcome.of("connector-" + source.id() + " links", () -> api(source).mine())))
                .toList();
    }

    public Outcome<LinksApi.Link> link(String partner, String account) {
        return Outcome.of("connector-" + partner + " link", () -> api(partner).link(new LinksApi.LinkRequest(account)));
    }

    public Outcome<Boolean> unlink(String partner, String account) {
        return Outcome.of("connector-" + partner + " unlink", () -> {
            api(partner).unlink(account);
            return true;
        });
    }

    private LinksApi api(String partner) {
        return api(Source.byId(partner).filter(Source::isPartner).orElseThrow(() -> new IllegalArgumentException("partner")));
    }

    private LinksApi api(Source source) {
        return switch (source) {
            case ORANGE -> orange;
            case EDF -> edf;
            case MAIF -> maif;
            case OPENDATA -> throw new IllegalArgumentException("partner");
        };
    }
}
