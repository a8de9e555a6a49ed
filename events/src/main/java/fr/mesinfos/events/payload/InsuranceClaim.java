package fr.mesinfos.events.payload;

import fr.mesinfos.events.WireCode;
import com.fasterxml.jackson.annotation.JsonInclude;
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
    public enum ClaimType implements WireCode {
        HOME, VEHICLE
    }

    @Override
    public List<String> naturalKey() {
        return List.of(claimReference, type.json());
    }
}
