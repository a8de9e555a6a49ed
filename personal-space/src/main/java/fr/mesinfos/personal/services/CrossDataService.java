package fr.mesinfos.personal.services;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.mesinfos.events.Category;
import fr.mesinfos.personal.web.CategoryView;
import fr.mesinfos.personal.web.Outcome;

/**
 * Runs one cross-data service for the person. Each needs the person's consent to the platform's cross-data app for
 * some categories; without it the answer says which ones, so the page can ask for exactly those.
 */
@ApplicationScoped
public class CrossDataService {

    /** The three services, the categories each needs (as opendata-service documents them). */
    public enum Kind {
        AIR_EXPOSURE("air-exposure", List.of(Category.ORANGE_GEOLOCATION),
                "Mesurer votre exposition à la qualité de l'air au fil de vos journées",
                "Measure your exposure to air quality along your days"),
        ENERGY_WEATHER("energy-weather", List.of(Category.EDF_DAILY_CONSUMPTION),
                "Comparer votre consommation d'électricité à la température extérieure",
                "Compare your electricity use with the outdoor temperature"),
        TRANSIT_TRIPS("transit-trips", List.of(Category.ORANGE_GEOLOCATION),
                "Trouver les transports en commun qui pourraient servir vos trajets réguliers",
                "Find the public transport that could serve your regular trips");

        public final String id;
        public final List<Category> needs;
        final String purposeFr;
        final String purposeEn;

        Kind(String id, List<Category> needs, String purposeFr, String purposeEn) {
            this.id = id;
            this.needs = needs;
            this.purposeFr = purposeFr;
            this.purposeEn = purposeEn;
        }

        public static java.util.Optional<Kind> byId(String id) {
            return java.util.Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }
    }

    /** A service's answer, or the consents it is missing, or another error. */
    public record Result(Kind kind, Map<String, Object> answer, List<CategoryView> missing, String error) {
        public boolean needsConsent() {
            return !missing.isEmpty();
        }

        public String id() {
            return kind.id;
        }

        public String titleKey() {
            return "service_" + kind.name();
        }

        public String helpKey() {
            return "service_" + kind.name() + "_help";
        }
    }

    /** How long the cross-data app asks access for; the person may shorten it when approving. */
    static final int ACCESS_DAYS = 180;

    @Inject
    @RestClient
    OpenDataApi opendata;

    @Inject
    @RestClient
    CrossDataConsentsApi requests;

    /** Asks the person (the logged-in subject) for the consent the service needs; the request waits on the consents page. */
    public Outcome<Map<String, Object>> askConsent(Kind kind, String personId, List<String> categories) {
        List<String> asked = categories.isEmpty() ? kind.needs.stream().map(Category::id).toList() : categories;
        return Outcome.of("cross-data consent request", () -> requests.ask(new CrossDataConsentsApi.Request(personId, asked,
                Map.of("code", "dpv:ServiceProvision", "textFr", kind.purposeFr, "textEn", kind.purposeEn), ACCESS_DAYS, false)));
    }

    public Result run(Kind kind, Locale locale) {
        Supplier<Map<String, Object>> call = switch (kind) {
            case AIR_EXPOSURE -> () -> opendata.airExposure("week", null);
            case ENERGY_WEATHER -> () -> opendata.energyWeather(null);
            case TRANSIT_TRIPS -> () -> opendata.transitTrips(null, null);
        };
        try {
            return new Result(kind, call.get(), List.of(), null);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 403) {
                List<CategoryView> missing = missing(e, locale);
                if (!missing.isEmpty()) {
                    return new Result(kind, null, missing, null);
                }
            }
            return new Result(kind, null, List.of(), Outcome.keyFor(e.getResponse().getStatus()));
        } catch (jakarta.ws.rs.ProcessingException e) {
            return new Result(kind, null, List.of(), "error_unavailable");
        }
    }

    /** The categories named by the 403 problem's missingConsents (each an object naming its category). */
    @SuppressWarnings("unchecked")
    static List<CategoryView> missing(WebApplicationException e, Locale locale) {
        try {
            Map<String, Object> problem = e.getResponse().readEntity(Map.class);
            Object named = problem.get("missingConsents");
            if (!(named instanceof List<?> list)) {
                return List.of();
            }
            return list.stream().map(item -> item instanceof Map<?, ?> m ? String.valueOf(((Map<String, Object>) m).get("category"))
                    : String.valueOf(item)).flatMap(id -> CategoryView.of(id, locale).stream()).toList();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }
}
