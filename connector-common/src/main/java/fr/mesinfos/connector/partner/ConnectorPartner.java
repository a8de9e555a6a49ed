package fr.mesinfos.connector.partner;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.mesinfos.events.Source;
import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;

/** The one partner a connector serves (mesinfos.connector.partner), and the check that a caller speaks for it. */
@ApplicationScoped
public class ConnectorPartner {

    @ConfigProperty(name = "mesinfos.connector.partner")
    String partnerId;

    public Source source() {
        return Source.byId(partnerId).filter(Source::isPartner)
                .orElseThrow(() -> new IllegalStateException("mesinfos.connector.partner is not a partner: " + partnerId));
    }

    /** Refuses (403) a token of another partner: a partner may only act on its own data. */
    public void requireSameAs(CurrentCaller caller) {
        String claimed = caller.partner().orElse("(none)");
        if (!claimed.equals(source().id())) {
            throw new ProblemException(Problem.of(403, "wrong-partner", "Wrong partner",
                    "This connector serves partner '" + source().id() + "'; the token speaks for partner '" + claimed + "'."));
        }
    }
}
