package fr.mesinfos.simulators;

import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A member's contracts as MAIF delivered them (format member-file): the home insurance of where they live (formula
 * and premium growing with the household) and, for most, a car contract.
 */
public final class MaifMemberFiles {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] FORMULAS = {"RAQVAM Essentiel", "RAQVAM Arbitrage", "RAQVAM Integral"};

    private MaifMemberFiles() {
    }

    public static ObjectNode of(long seed, Persona persona) {
        SplittableRandom random = new SplittableRandom(seed ^ (persona.index() * 0x165667B19E3779F9L));
        int since = 1985 + random.nextInt(35);
        ArrayNode contracts = JSON.arrayNode();
        ObjectNode home = contracts.addObject()
                .put("formuleBase", FORMULAS[random.nextInt(FORMULAS.length)])
                .put("montantTarifTtc", Math.round((140 + 45.0 * persona.householdSize() + random.nextInt(80)) * 100) / 100.0)
                .put("name", "NOR")
                .put("societaire", persona.memberNumber())
                .put("startDate", since + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T00:00:00");
        ObjectNode objects = home.putObject("objects").put("startDate", home.get("startDate").asText());
        objects.putArray("lieu").addObject().putObject("address")
                .put("street", (1 + random.nextInt(120)) + " " + persona.home().street())
                .put("postCode", persona.home().postcode())
                .put("city", persona.home().city())
                .put("country", "FRANCE")
                .put("numeroPays", "0");
        if (random.nextDouble() < 0.6) {
            String start = (2005 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-2" + random.nextInt(8) + "T00:00:00";
            ObjectNode car = contracts.addObject()
                    .put("societaire", persona.memberNumber())
                    .put("name", "VAM")
                    .put("formuleBase", "VAM Assistance panne 0km")
                    .put("startDate", start)
                    .put("montantTarifTtc", 250 + random.nextInt(200));
            car.putObject("objects").put("startDate", start).putArray("vehicule").addObject()
                    .put("immatriculationVehicule", registration(persona.index()));
        }
        ObjectNode file = JSON.objectNode();
        file.set("contrat", contracts);
        return file;
    }

    /** A French SIV plate (AA-123-AA), unique per index. */
    private static String registration(int index) {
        String letters = "ABCDEFGHJKLMNPQRSTVWXYZ";
        int n = index;
        char a = letters.charAt(n % letters.length());
        n /= letters.length();
        char b = letters.charAt(n % letters.length());
        n /= letters.length();
        return "" + a + b + "-" + String.format("%03d", 1 + index % 999) + "-" + letters.charAt(n % letters.length()) + "M";
    }
}
