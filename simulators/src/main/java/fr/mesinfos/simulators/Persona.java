package fr.mesinfos.simulators;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One simulated tester, modelled on the pilot persona (Germaine Dupond, Lyon 6e): who they are, where they live and
 * work in the Lyon area, how their home is heated, and their account at each partner; all derived from the seed and
 * their index, so a run is repeatable and accounts never collide.
 */
public record Persona(int index, String username, String title, String givenName, String familyName, LocalDate birthDate,
        Place home, String homeStreet, Place work, boolean electricHeating, int householdSize, String prm,
        String msisdn, String memberNumber, double baseLoadWatts) {

    /** A place: its coordinates and postal address (street without number, postcode, city, INSEE code). */
    public record Place(String name, double latitude, double longitude, String street, String postcode, String city,
            String inseeCode) {
    }

    static final Place[] HOMES = {
        new Place("Lyon 1er", 45.7676, 4.8344, "RUE DE LA REPUBLIQUE", "69001", "LYON", "69381"),
        new Place("Lyon 2e", 45.7538, 4.8272, "RUE DE LA CHARITE", "69002", "LYON", "69382"),
        new Place("Lyon 3e", 45.7597, 4.8497, "COURS GAMBETTA", "69003", "LYON", "69383"),
        new Place("Lyon 4e", 45.7787, 4.8277, "BOULEVARD DE LA CROIX-ROUSSE", "69004", "LYON", "69384"),
        new Place("Lyon 5e", 45.7580, 4.8130, "MONTEE DU GOURGUILLON", "69005", "LYON", "69385"),
        new Place("Lyon 6e", 45.7701, 4.8526, "BOULEVARD DES BELGES", "69006", "LYON", "69386"),
        new Place("Lyon 7e", 45.7456, 4.8420, "AVENUE JEAN JAURES", "69007", "LYON", "69387"),
        new Place("Lyon 8e", 45.7363, 4.8693, "AVENUE DES FRERES LUMIERE", "69008", "LYON", "69388"),
        new Place("Lyon 9e", 45.7740, 4.8056, "QUAI ARLOING", "69009", "LYON", "69389"),
        new Place("Villeurbanne", 45.7665, 4.8795, "COURS EMILE ZOLA", "69100", "VILLEURBANNE", "69266"),
        new Place("Caluire-et-Cuire", 45.7955, 4.8466, "MONTEE DES SOLDATS", "69300", "CALUIRE-ET-CUIRE", "69034"),
        new Place("Venissieux", 45.6973, 4.8868, "AVENUE JEAN CAGNE", "69200", "VENISSIEUX", "69259"),
    };

    static final Place[] WORKPLACES = {
        new Place("Part-Dieu", 45.7606, 4.8593, "BOULEVARD VIVIER MERLE", "69003", "LYON", "69383"),
        new Place("Confluence", 45.7413, 4.8180, "COURS CHARLEMAGNE", "69002", "LYON", "69382"),
        new Place("Gerland", 45.7305, 4.8330, "AVENUE TONY GARNIER", "69007", "LYON", "69387"),
        new Place("Vaise", 45.7760, 4.8040, "RUE DU BOURBONNAIS", "69009", "LYON", "69389"),
        new Place("La Doua", 45.7820, 4.8730, "AVENUE GASTON BERGER", "69100", "VILLEURBANNE", "69266"),
    };

    private static final String[] WOMEN = {"GERMAINE", "CAMILLE", "LEA", "MANON", "CHLOE", "SOPHIE", "NATHALIE", "ISABELLE",
        "SANDRINE", "AMINA", "INES", "JULIE", "CLAIRE", "MARIE", "EMMA"};
    private static final String[] MEN = {"GERARD", "THOMAS", "NICOLAS", "JULIEN", "KARIM", "PIERRE", "LUCAS", "ANTOINE",
        "MEHDI", "PHILIPPE", "HUGO", "LOUIS", "DAVID", "YANNICK", "FRANCOIS"};
    private static final String[] FAMILIES = {"DUPOND", "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD",
        "DURAND", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT",
        "FOURNIER", "MOREL", "GIRARD", "BONNET", "MERCIER", "BENALI", "NGUYEN", "FAURE", "CHEVALIER", "BLANC"};

    /** The persona of index (1-based, at most 9,999,999) for a seed. */
    public static Persona of(long seed, int index) {
        if (index < 1 || index > 9_999_999) {
            throw new IllegalArgumentException("a persona index is 1 to 9,999,999");
        }
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        boolean woman = random.nextBoolean();
        String given = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
        String family = FAMILIES[random.nextInt(FAMILIES.length)];
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(365 * 55));
        Place home = jitter(HOMES[random.nextInt(HOMES.length)], random);
        String street = (1 + random.nextInt(120)) + " " + home.street();
        Place work = jitter(WORKPLACES[random.nextInt(WORKPLACES.length)], random);
        boolean electricHeating = random.nextDouble() < 0.35;
        int household = 1 + random.nextInt(4);
        double baseLoad = 150 + random.nextInt(250);
        // accounts from the index alone: unique whatever the seed. The PRM starts 0900 (no real meter's prefix), the
        // line alternates 06 1… and 07 1… (metropolitan mobile ranges, never an overseas one), the member number 2…
        String prm = String.format("0900%010d", index);
        String msisdn = (index % 2 == 0 ? "337" : "336") + String.format("%08d", 10_000_000 + index);
        String member = String.format("%07d", 2_000_000 + index);
        return new Persona(index, String.format("tester%04d", index), woman ? "MME" : "M", given, family, birth, home,
                street, work, electricHeating, household, prm, msisdn, member, baseLoad);
    }

    private static Place jitter(Place place, SplittableRandom random) {
        // a few hundred metres around the neighbourhood's centre
        return new Place(place.name(), round(place.latitude() + (random.nextDouble() - 0.5) * 0.008),
                round(place.longitude() + (random.nextDouble() - 0.5) * 0.011), place.street(), place.postcode(),
                place.city(), place.inseeCode());
    }

    static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    /** The tester's e-mail, at the domain reserved for examples (RFC 2606): nothing is ever sent to it. */
    public String email() {
        return username + "@example.org";
    }

    /** A seeded random stream for one purpose (salt), this persona and a day: independent of everything else. */
    SplittableRandom random(long seed, long salt, LocalDate day) {
        long mixed = seed * 0x9E3779B97F4A7C15L + salt * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L
                + (day == null ? 0 : day.toEpochDay() * 0x27D4EB2F165667C5L);
        return new SplittableRandom(mixed);
    }
}
