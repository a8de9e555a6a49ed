package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.ParisTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * maif.home-contract: one MAIF insurance contract (home, and the vehicles it covers) with the insured home's details
 * and the household, as a snapshot; keyed like {@link ElectricityContract}, by a digest of its content.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsuranceContract(
        String memberNumber,
        String productCode,
        String formula,
        BigDecimal annualPremiumInclTax,
        String currency,
        LocalDate startDate,
        List<InsuredPlace> insuredPlaces,
        List<InsuredVehicle> insuredVehicles,
        Household household,
        PaymentTerms paymentTerms) implements CategoryPayload {

    public InsuranceContract {
        insuredPlaces = insuredPlaces == null ? List.of() : List.copyOf(insuredPlaces);
        insuredVehicles = insuredVehicles == null ? List.of() : List.copyOf(insuredVehicles);
    }

    /** A place the contract insures, with the home's details where MAIF gives them (MAIF lieu and home). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InsuredPlace(
            PostalAddress address,
            LocalDate addedOn,
            String nature,
            String natureCode,
            String rooms,
            String roomsCode,
            String legalSituation,
            String legalSituationCode,
            String furnitureValueBracket,
            String furnitureValueBracketCode) {
    }

    /** A vehicle the contract insures. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InsuredVehicle(String registration, LocalDate addedOn) {
    }

    /** The insured household (MAIF foyer). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Household(String name, PostalAddress address, List<HouseholdMember> members) {
        public Household {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /** One member of the household (MAIF membres, and the member's own record for the main member). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HouseholdMember(
            PersonName name,
            String role,
            String roleCode,
            LocalDate birthDate,
            String email,
            String mobilePhone,
            String profession,
            String familySituation) {
    }

    /** How the member pays the premium (MAIF paymentterms). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaymentTerms(String paymentMethod, String iban, String bic) {
    }

    @Override
    public List<String> naturalKey() {
        return List.of(memberNumber, productCode, EventJson.digest(this));
    }

    @Override
    public Instant occurredAt() {
        return ParisTime.startOfDay(startDate);
    }
}
