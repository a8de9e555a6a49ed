package fr.mesinfos.personal.services;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** The cross-data services of opendata-service, for the token's subject; 403 naming the missing consents without one. */
@RegisterRestClient(configKey = "opendata")
@AccessToken
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public interface OpenDataApi {

    @GET
    @Path("/air-exposure")
    Map<String, Object> airExposure(@QueryParam("period") String period, @QueryParam("date") String date);

    @GET
    @Path("/energy-weather")
    Map<String, Object> energyWeather(@QueryParam("month") String month);

    @GET
    @Path("/transit-trips")
    Map<String, Object> transitTrips(@QueryParam("from") String from, @QueryParam("to") String to);

    /** Has the cross-data app ask the person (the token's subject) for what the service needs; 201 with the request. */
    @POST
    @Path("/services/{service}/consent-request")
    Map<String, Object> requestConsent(@PathParam("service") String service);
}
