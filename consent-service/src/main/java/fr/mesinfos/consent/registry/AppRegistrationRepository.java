package fr.mesinfos.consent.registry;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The registry's table: one app by id, a developer's apps, every app. */
@ApplicationScoped
public class AppRegistrationRepository implements PanacheRepositoryBase<AppRegistration, String> {

    Uni<List<AppRegistration>> listed(Optional<String> ownerId) {
        return ownerId.map(owner -> list("ownerId", Sort.by("appId"), owner)).orElseGet(() -> listAll(Sort.by("appId")));
    }
}
