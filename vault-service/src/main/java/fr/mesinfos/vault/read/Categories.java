package fr.mesinfos.vault.read;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.support.problem.ProblemException;

/** The categories the vault keeps (partner data; open data is not personal and lives elsewhere). */
public final class Categories {

    private Categories() {
    }

    /** The partner category with this id, or a 404 problem naming it. */
    public static Category kept(String id) {
        return CategoryCatalog.byId(id).filter(category -> category.source().isPartner())
                .orElseThrow(() -> ProblemException.notFound("the vault keeps no category \"" + (id.length() > 64 ? id.substring(0, 64) : id)
                        + "\"; see GET /api/v1/me/summary for yours, or the catalog for every category"));
    }
}
