package fr.mesinfos.opendata.energy;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.events.ParisTime;
import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.support.problem.ProblemException;

/** The person's own electricity against the weather (the token's subject, never a parameter), under their consent to the cross-data app. */
@Path("/api/v1/me/energy-weather")
@RolesAllowed("person")
public class EnergyWeatherResource {
    private static final Pattern INSEE = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");

    @Inject
    EnergyWeatherService service;

    @Inject
    CurrentCaller caller;

    @ConfigProperty(name = "mesinfos.energy.weather-commune", defaultValue = "69029")
    String defaultCommune;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A month's daily electricity against heating degree-days, the weather-normalised trend and the same month last year (needs consent for edf.daily-consumption)")
    public EnergyWeather energyWeather(@QueryParam("month") String month, @QueryParam("commune") String commune) {
        return service.energyWeather(caller.personId(), month(month), commune(commune));
    }

    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(ParisTime.ZONE);
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("month", "must be a month such as 2026-01");
        }
    }

    String commune(String commune) {
        if (commune == null || commune.isBlank()) {
            return defaultCommune;
        }
        if (!INSEE.matcher(commune).matches()) {
            throw ProblemException.invalidParameter("commune", "must be an INSEE commune code such as 69029");
        }
        return commune;
    }
}
