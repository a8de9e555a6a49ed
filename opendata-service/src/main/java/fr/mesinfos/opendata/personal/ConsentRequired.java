package fr.mesinfos.opendata.personal;

import java.util.List;

import fr.mesinfos.events.Category;

/** A service needs categories the person has not consented the cross-data app to use (or consents are not read yet). */
public final class ConsentRequired extends RuntimeException {
    private final List<Category> missing;

    public ConsentRequired(List<Category> missing) {
        super("consent required for " + missing.stream().map(Category::id).toList());
        this.missing = List.copyOf(missing);
    }

    private ConsentRequired() {
        super("consent states not read yet");
        this.missing = List.of();
    }

    static ConsentRequired notYetKnown() {
        return new ConsentRequired();
    }

    /** Empty when the consents are not known yet (the answer is then 503, try again). */
    public List<Category> missing() {
        return missing;
    }
}
