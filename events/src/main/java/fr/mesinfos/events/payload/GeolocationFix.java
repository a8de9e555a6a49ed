package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.CategoryPayload;
import java.time.Instant;
import java.util.List;

/** orange.geolocation: one location fix of a person's mobile phone (Orange fr.orange.geopoint). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeolocationFix(String msisdn, Instant instant, double latitude, double longitude, int radiusMeters)
        implements CategoryPayload {

    @Override
    public List<String> naturalKey() {
        return List.of(msisdn, instant.toString());
    }

    @Override
    public Instant occurredAt() {
        return instant;
    }
}
