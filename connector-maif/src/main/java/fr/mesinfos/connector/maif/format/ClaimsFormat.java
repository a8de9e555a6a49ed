package fr.mesinfos.connector.maif.format;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.payload.InsuranceClaim;
import fr.mesinfos.events.payload.InsuranceClaim.ClaimType;
import fr.mesinfos.events.payload.PersonName;
import fr.mesinfos.events.payload.PostalAddress;

/** MAIF claims as the pilot delivers them (sinistre_habitation.json, sinistre_vehicule.json): one claim per record. */
@ApplicationScoped
public class ClaimsFormat implements PartnerFormat {
    static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{6,20}");
    static final Pattern REGISTRATION = Pattern.compile("[A-Z0-9][A-Z0-9 -]{1,14}");
    private static final Map<String, ClaimType> TYPES = Map.of("Habitation", ClaimType.HOME, "Vehicule", ClaimType.VEHICLE);

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public String description() {
        return "MAIF claim (sinistre) on a home (type Habitation, with its address) or a vehicle (type Vehicule, with"
                + " its registration and driver), as in sinistre_habitation.json and sinistre_vehicule.json";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        f.expect(record, "", "docType", false, "InsuranceClaim", "this format maps MAIF claims only");
        ClaimType type = f.code(record, "", "type", true, TYPES);
        String member = f.memberNumber(record, "", "societaire", true);
        Instant occurredAt = f.instant(record, "", "timestamp", true);
        String reference = f.matching(record, "", "ref", true, REFERENCE, "a MAIF claim reference: 6 to 20 capitals or digits");
        String place = f.text(record, "", "lieuSurvenance", true);
        String placeType = f.text(record, "", "typeLieuSurvenance", false);
        String placeNature = f.text(record, "", "natureLieu", false);
        PostalAddress address = null;
        String registration = null;
        PersonName driver = null;
        // the dictionary: a Habitation claim has an address; a Vehicule claim a registration, a driver (and driverNumber)
        if (type == ClaimType.HOME) {
            address = f.address(record, "", "address", true);
            String why = "a home claim has no vehicle";
            f.forbid(record, "", "immatriculationVehicule", why);
            f.forbid(record, "", "driver", why);
        } else if (type == ClaimType.VEHICLE) {
            registration = f.matching(record, "", "immatriculationVehicule", true, REGISTRATION,
                    "a registration plate: capitals, digits, spaces and hyphens, 2 to 15 characters");
            driver = f.name(record, "", "driver", false);
            f.forbid(record, "", "address", "the address of a vehicle claim is the home claims' field; give the place in"
                    + " lieuSurvenance");
        }
        if (f.hasErrors()) {
            return List.of();
        }
        return List.of(new Mapped(member, new InsuranceClaim(reference, type, member, occurredAt, place, placeType,
                placeNature, address, registration, driver)));
    }
}
