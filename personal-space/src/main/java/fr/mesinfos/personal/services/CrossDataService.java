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
        AIR_EXPOSURE("air-exposure", List.of(Category.ORANGE_GEOLOCATION)),
        ENERGY_WEATHER("energy-weather", List.of(Category.EDF_DAILY_CONSUMPTION)),
        TRANSIT_TRIPS("transit-trips", List.of(Category.ORANGE_GEOLOCATION));

        public final String id;
        public final List<Category> needs;

        Kind(String id, List<Category> needs) {
            this.id = id;
            this.needs = needs;
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

    @Inject
    @RestClient
    OpenDataApi opendata;

    /**
     * Has the cross-data app ask the person for what the service needs: opendata-service makes the request with the
     * app's own credentials (the personal space holds none) for the token's subject; it waits on the consents page.
     */
    public Outcome<Map<String, Object>> askConsent(Kind kind) {
        return Outcome.of("cross-data consent request", () -> opendata.requestConsent(kind.id));
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
