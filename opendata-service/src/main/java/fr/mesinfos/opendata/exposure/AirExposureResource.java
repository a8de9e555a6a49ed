package fr.mesinfos.opendata.exposure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.events.ParisTime;
import fr.mesinfos.support.identity.CurrentCaller;
import fr.mesinfos.support.problem.ProblemException;

/** The person's own air-quality exposure (the token's subject, never a parameter), under their consent to the cross-data app. */
@Path("/api/v1/me/air-exposure")
@RolesAllowed("person")
public class AirExposureResource {

    @Inject
    AirExposureService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Time spent at each ATMO air-quality level over a day, an ISO week or a month (needs consent for orange.geolocation)")
    public AirExposure exposure(@QueryParam("period") String period, @QueryParam("date") String date) {
        return service.exposure(caller.personId(), period(period), date(date));
    }

    static ExposurePeriod period(String period) {
        if (period == null || period.isBlank()) {
            return ExposurePeriod.DAY;
        }
        try {
            return ExposurePeriod.valueOf(period.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("period", "must be day, week or month");
        }
    }

    static LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(ParisTime.ZONE);
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("date", "must be a date such as 2026-01-15");
        }
    }
}
