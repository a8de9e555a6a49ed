package fr.mesinfos.vault.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready before the consent states were read to the end once: an app's read would otherwise be judged on a partial view. */
@Readiness
@ApplicationScoped
public class ConsentStatesReadiness implements HealthCheck {

    @Inject
    ConsentStates states;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Consent states").status(states.caughtUp()).build();
    }
}
