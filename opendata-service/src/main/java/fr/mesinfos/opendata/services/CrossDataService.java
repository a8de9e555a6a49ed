package fr.mesinfos.opendata.services;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.mesinfos.events.Category;

/**
 * The cross-data services the first-party app runs, with what each needs a person's consent for and what the app
 * asks for when the person wants it: the categories, the DPV purpose in plain French and English, how far back the
 * data goes, for one year of access.
 */
public enum CrossDataService {
    AIR_EXPOSURE("air-exposure", List.of(Category.ORANGE_GEOLOCATION), Period.ofMonths(13),
            "Calculer le temps que vous passez à chaque niveau de qualité de l'air, d'après vos positions et l'indice ATMO de la commune où vous étiez",
            "Work out the time you spend at each air-quality level, from your locations and the ATMO index of the commune you were in"),
    ENERGY_WEATHER("energy-weather", List.of(Category.EDF_DAILY_CONSUMPTION), Period.ofMonths(25),
            "Comparer votre consommation d'électricité quotidienne aux degrés-jours de chauffage, corrigée du climat, et au même mois de l'an dernier",
            "Compare your daily electricity use with heating degree-days, weather-normalised, and with the same month last year"),
    TRANSIT_TRIPS("transit-trips", List.of(Category.ORANGE_GEOLOCATION), Period.ofMonths(3),
            "Trouver vos trajets réguliers et les lignes de transport en commun qui les desservent",
            "Find your regular trips and the public transport lines that serve them");

    /** Every request is for a year of access, the longest the platform allows. */
    public static final int ACCESS_DAYS = 365;
    /** W3C DPV purpose: a service the person asked for. */
    public static final String PURPOSE = "dpv:ServiceProvision";

    private final String id;
    private final List<Category> needs;
    private final Period history;
    private final String purposeFr;
    private final String purposeEn;

    CrossDataService(String id, List<Category> needs, Period history, String purposeFr, String purposeEn) {
        this.id = id;
        this.needs = needs;
        this.history = history;
        this.purposeFr = purposeFr;
        this.purposeEn = purposeEn;
    }

    public String id() {
        return id;
    }

    /** The categories the service reads. */
    public List<Category> needs() {
        return needs;
    }

    /** How far back the service reads (the data period asked starts that long before the request). */
    public Period history() {
        return history;
    }

    public String purposeFr() {
        return purposeFr;
    }

    public String purposeEn() {
        return purposeEn;
    }

    public static Optional<CrossDataService> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
