package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.mesinfos.events.CategoryPayload;
import java.time.Instant;
import java.util.List;

/** maif.claims: one claim (sinistre) declared to MAIF, on the person's home or a vehicle. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsuranceClaim(
        String claimReference,
        ClaimType type,
        String memberNumber,
        Instant occurredAt,
        String place,
        String placeType,
        String placeNature,
        PostalAddress address,
        String vehicleRegistration,
        PersonName driver) implements CategoryPayload {

    /** home (Habitation) or vehicle (Vehicule). */
    public enum ClaimType {
        HOME("home"), VEHICLE("vehicle");

        private final String json;

        ClaimType(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }
    }

    @Override
    public List<String> naturalKey() {
        return List.of(claimReference, type.json());
    }
}
