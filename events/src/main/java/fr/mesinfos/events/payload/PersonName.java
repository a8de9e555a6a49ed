package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A person's name as partners deliver it (schema $defs/personName): holders, household members, drivers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonName(String title, String givenName, String familyName, String maidenName) {

    public static PersonName of(String title, String givenName, String familyName) {
        return new PersonName(title, givenName, familyName, null);
    }
}
