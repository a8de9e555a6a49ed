package fr.mesinfos.simulators;

import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A member's documents as MAIF delivered them (format member-file, giving maif.home-contract events): the home
 * insurance of where they live (formula and premium growing with the household), a car contract for most, the
 * household, the member and the payment terms, as in the pilot's five files.
 */
public final class MaifMemberFiles {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] FORMULAS = {"RAQVAM Essentiel", "RAQVAM Arbitrage", "RAQVAM Integral"};
    private static final String[] RELATIVES = {"Conjoint", "Enfant", "Enfant"};

    private MaifMemberFiles() {
    }

    /** Whether the member insures a car at MAIF (60% do). */
    static boolean hasCar(long seed, Persona persona) {
        return persona.random(seed, 8, null).nextDouble() < 0.6;
    }

    public static ObjectNode of(long seed, Persona persona) {
        SplittableRandom random = persona.random(seed, 9, null);
        int since = 1985 + random.nextInt(35);
        ArrayNode contracts = JSON.arrayNode();
        String homeStart = String.format("%d-%02d-%02dT00:00:00", since, 1 + random.nextInt(12), 1 + random.nextInt(28));
        ObjectNode home = contracts.addObject()
                .put("formuleBase", FORMULAS[random.nextInt(FORMULAS.length)])
                .put("montantTarifTtc", Math.round((140 + 45.0 * persona.householdSize() + random.nextInt(80)) * 100 + random.nextInt(100)) / 100.0)
                .put("name", "NOR")
                .put("societaire", persona.memberNumber())
                .put("startDate", homeStart);
        ObjectNode objects = home.putObject("objects").put("startDate", homeStart);
        address(objects.putArray("lieu").addObject().putObject("address"), persona);
        if (hasCar(seed, persona)) {
            String start = String.format("%d-%02d-%02dT00:00:00", 2005 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
            ObjectNode car = contracts.addObject()
                    .put("societaire", persona.memberNumber())
                    .put("name", "VAM")
                    .put("formuleBase", "VAM Assistance panne 0km")
                    .put("startDate", start)
                    .put("montantTarifTtc", 250 + random.nextInt(200));
            car.putObject("objects").put("startDate", start).putArray("vehicule").addObject()
                    .put("immatriculationVehicule", registration(persona));
        }
        ObjectNode file = JSON.objectNode();
        file.set("contrat", contracts);

        ObjectNode foyer = file.putObject("foyer").put("name", String.format("1-%07X", persona.index() * 7919L));
        address(foyer.putObject("address"), persona).put("deliveryOffice", persona.home().city())
                .put("inseeCode", persona.home().inseeCode()).put("residence", "");
        ArrayNode members = foyer.putArray("membres");
        member(members.addObject(), persona).put("codeQualitePersonne", "08").put("quality", "Membre principal");
        for (int i = 1; i < persona.householdSize(); i++) {
            ObjectNode relative = members.addObject();
            relative.putObject("name").put("family", persona.familyName()).put("given", relativeName(persona, i));
            relative.put("quality", RELATIVES[i - 1]);
        }
        member(file.putObject("societaire"), persona).put("familySituation", persona.householdSize() > 1 ? "marié(e)" : "célibataire")
                .put("referenceClient", persona.memberNumber() + "N");
        ObjectNode terms = file.putObject("paymentterms").put("modePaiement", "Prélèvement (1 fois)")
                .put("societaire", persona.memberNumber());
        terms.putObject("rib").put("bic", "SOGEFRPP").put("iban", "FR7630003" + String.format("%018d", persona.index()));
        return file;
    }

    private static ObjectNode address(ObjectNode address, Persona persona) {
        return address.put("street", persona.homeStreet()).put("postCode", persona.home().postcode())
                .put("city", persona.home().city()).put("country", "FRANCE").put("numeroPays", "0");
    }

    private static ObjectNode member(ObjectNode member, Persona persona) {
        member.putObject("name").put("prefix", persona.title() + ".").put("family", persona.familyName())
                .put("given", persona.givenName());
        return member.put("email", persona.email()).put("telMobile", "+" + persona.msisdn())
                .put("birthdate", persona.birthDate().toString());
    }

    private static String relativeName(Persona persona, int i) {
        String[] names = {"DOMINIQUE", "ALEX", "SACHA", "CAMILLE"};
        return names[(persona.index() + i) % names.length];
    }

    /** A French SIV plate (AA-123-AA), unique per index. */
    static String registration(Persona persona) {
        String letters = "ABCDEFGHJKLMNPQRSTVWXYZ";
        int n = persona.index();
        StringBuilder plate = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            plate.append(letters.charAt(n % letters.length()));
            n /= letters.length();
        }
        // four letters of the index (23^4 = 279,841 plates) around three digits of it
        return plate.substring(0, 2) + "-" + String.format("%03d", 1 + persona.index() % 999) + "-" + plate.substring(2, 4);
    }
}
