package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A French postal address, shared by contracts, claims and households (schema $defs/postalAddress). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostalAddress(
        String street,
        String additionalAddress,
        String postcode,
        String city,
        String inseeCode,
        String country) {

    /** The common case: street, postcode, city, in France. */
    public static PostalAddress of(String street, String postcode, String city) {
        return new PostalAddress(street, null, postcode, city, null, "FR");
    }
}
