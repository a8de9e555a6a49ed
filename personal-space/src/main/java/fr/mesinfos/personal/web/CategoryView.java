package fr.mesinfos.personal.web;

import java.util.Locale;
import java.util.Optional;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.Source;

/** How the pages show a category of the catalog: its name in the person's language, its partner, and which view fits it. */
public record CategoryView(String id, String name, String partner, String partnerName, Kind kind) {

    /** Energy series become charts, location fixes a plot of places, records tables, snapshots readable cards. */
    public enum Kind {
        ENERGY, PLACES, TABLE, CARDS
    }

    public static Optional<CategoryView> of(String id, Locale locale) {
        return CategoryCatalog.byId(id == null ? "" : id).filter(c -> c.source().isPartner()).map(c -> of(c, locale));
    }

    public static CategoryView of(Category category, Locale locale) {
        return new CategoryView(category.id(), category.displayName(locale), category.source().id(),
                partnerName(category.source()), kind(category));
    }

    public static String partnerName(Source source) {
        return switch (source) {
            case ORANGE -> "Orange";
            case EDF -> "EDF / Enedis";
            case MAIF -> "MAIF";
            case OPENDATA -> "Open data";
        };
    }

    static Kind kind(Category category) {
        return switch (category) {
            case EDF_LOAD_CURVE, EDF_DAILY_CONSUMPTION -> Kind.ENERGY;
            case ORANGE_GEOLOCATION -> Kind.PLACES;
            case EDF_CONTRACT, MAIF_HOME_CONTRACT, MAIF_CLAIMS -> Kind.CARDS;
            default -> Kind.TABLE;
        };
    }
}
