package fr.mesinfos.simulators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rare claims of a member as MAIF delivered them (format claims, as sinistre_habitation.json and
 * sinistre_vehicule.json): about one member-day in 1,500 has one, at home or, for members with a car, on the road.
 */
public final class MaifClaims {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final double DAILY_PROBABILITY = 1.0 / 1_500;

    private MaifClaims() {
    }

    /** The claims of the days from start (days of them). */
    public static List<ObjectNode> of(long seed, Persona persona, LocalDate start, int days) {
        List<ObjectNode> claims = new ArrayList<>(0);
        for (int d = 0; d < days; d++) {
            LocalDate day = start.plusDays(d);
            SplittableRandom random = persona.random(seed, 10, day);
            if (random.nextDouble() < DAILY_PROBABILITY) {
                claims.add(claim(seed, persona, day, random));
            }
        }
        return claims;
    }

    static ObjectNode claim(long seed, Persona persona, LocalDate day, SplittableRandom random) {
        boolean vehicle = MaifMemberFiles.hasCar(seed, persona) && random.nextBoolean();
        // a daytime hour: never in the skipped or repeated hour of a DST night
        String timestamp = String.format("%sT%02d:%02d", day, 9 + random.nextInt(12), random.nextInt(60));
        Persona.Place place = vehicle ? persona.work() : persona.home();
        ObjectNode claim = JSON.objectNode()
                .put("docType", "InsuranceClaim")
                .put("docTypeVersion", "MaifKonnector-0.0.0-draft")
                .put("type", vehicle ? "Vehicule" : "Habitation")
                .put("societaire", persona.memberNumber() + "N")
                .put("timestamp", timestamp)
                .put("lieuSurvenance", placeName(place))
                .put("ref", String.format("F%02d%07d%03d", day.getYear() % 100, persona.index(), day.getDayOfYear()))
                .put("typeLieuSurvenance", "Agglomération");
        if (vehicle) {
            claim.put("immatriculationVehicule", MaifMemberFiles.registration(persona));
            claim.putObject("driver").put("prefix", "MME".equals(persona.title()) ? "Mme" : "M.")
                    .put("family", capitalized(persona.familyName())).put("given", capitalized(persona.givenName()));
        } else {
            claim.put("natureLieu", "Appartement");
            claim.putObject("address").put("street", persona.homeStreet()).put("postCode", persona.home().postcode())
                    .put("city", placeName(persona.home())).put("country", "FRANCE");
        }
        return claim;
    }

    /** MAIF's way of naming a place: LYON 06 for the 6th arrondissement, else the commune. */
    private static String placeName(Persona.Place place) {
        return "LYON".equals(place.city()) ? "LYON 0" + place.postcode().charAt(4) : place.city();
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
