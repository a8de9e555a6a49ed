package fr.mesinfos.personal.data;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.personal.vault.VaultModels.CategorySummary;
import fr.mesinfos.personal.web.CategoryView;
import fr.mesinfos.personal.web.Lang;
import fr.mesinfos.personal.web.Outcome;
import fr.mesinfos.personal.web.Page;
import fr.mesinfos.personal.web.PageException;

/** "My data": the categories I have, and each one shown as it reads best (chart, plot of places, table, cards). */
@Path("/data")
@Blocking
public class DataResource {

    /** A category the person has, for the list. */
    public record Held(CategoryView category, long count) {
    }

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance data(Outcome<List<Held>> held);

        static native TemplateInstance category(CategoryView category, CategorySummary held, DataViews.Energy energy,
                DataViews.Places places, DataViews.Table table, DataViews.Cards cards, String error);
    }

    @Inject
    DataService data;

    @Inject
    Lang lang;

    @Inject
    Page page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        Outcome<List<Held>> held = Outcome.of("vault summary", () -> data.summary().stream()
                .filter(s -> s.count() > 0)
                .flatMap(s -> CategoryView.of(s.category(), lang.locale()).map(v -> new Held(v, s.count())).stream())
                .toList());
        return page.render(Templates.data(held), "data");
    }

    @GET
    @Path("/{category}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance category(@PathParam("category") String id, @QueryParam("step") String step,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("cursor") String cursor) {
        CategoryView view = CategoryView.of(id, lang.locale()).orElseThrow(PageException::notFound);
        Category category = CategoryCatalog.byId(id).orElseThrow(PageException::notFound);
        Outcome<Optional<CategorySummary>> summary = Outcome.of("vault summary",
                () -> data.summary().stream().filter(s -> s.category().equals(id)).findFirst());
        CategorySummary held = summary.ok() ? summary.value().orElse(null) : null;
        Outcome<?> shown = Outcome.of("vault " + view.kind().name().toLowerCase(java.util.Locale.ROOT), () -> switch (view.kind()) {
            case ENERGY -> data.energy(category, step, from, to, held);
            case PLACES -> data.places(from, to, cursor, held);
            case TABLE -> data.table(category, from, to, cursor);
            case CARDS -> data.cards(category, cursor);
        });
        Object value = shown.value();
        return page.render(Templates.category(view, held, value instanceof DataViews.Energy e ? e : null,
                value instanceof DataViews.Places p ? p : null, value instanceof DataViews.Table t ? t : null,
                value instanceof DataViews.Cards c ? c : null, shown.error()), "data");
    }
}
