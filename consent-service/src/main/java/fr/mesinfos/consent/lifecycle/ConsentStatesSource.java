package fr.mesinfos.consent.lifecycle;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.mesinfos.consent.outbox.PersonConsentsSource;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.PersonConsents;
import io.smallrye.mutiny.Uni;

/** A person's consents as consent.state.v1 carries them: every consent's latest state, version = its revision. */
@ApplicationScoped
public class ConsentStatesSource implements PersonConsentsSource {

    @Inject
    ConsentRepository consents;

    @Override
    public Uni<PersonConsents> of(String personId, Instant now) {
        return consents.allOfPerson(personId).map(list -> new PersonConsents(personId,
                list.stream().map(ConsentStatesSource::state).toList(), now));
    }

    static ConsentState state(Consent c) {
        return new ConsentState(c.id.toString(), c.revision, c.personId, c.appId, c.status, c.categories, c.purposeCode,
                c.dataFrom, c.dataTo, c.grantedAt, c.expiresAt, c.updatedAt);
    }
}
