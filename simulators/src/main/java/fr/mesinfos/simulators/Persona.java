package fr.mesinfos.simulators;

import java.util.SplittableRandom;

/**
 * One simulated tester, modelled on the pilot persona (Germaine Dupond, Lyon 6e): where they live and work in the Lyon
 * area, how their home is heated, and their account at each partner; all derived from the seed and their index, so a
 * run is repeatable and accounts never collide.
 */
public record Persona(int index, String username, Place home, Place work, boolean electricHeating, int householdSize,
        String prm, String msisdn, String memberNumber, double baseLoadWatts) {

    /** A place: its coordinates and postal address. */
    public record Place(String name, double latitude, double longitude, String street, String postcode, String city) {
    }

    static final Place[] HOMES = {
        new Place("Lyon 6e", 45.7701, 4.8526, "BOULEVARD DES BELGES", "69006", "LYON"),
        new Place("Lyon 3e", 45.7597, 4.8497, "COURS GAMBETTA", "69003", "LYON"),
        new Place("Lyon 7e", 45.7456, 4.8420, "AVENUE JEAN JAURES", "69007", "LYON"),
        new Place("Lyon 8e", 45.7363, 4.8693, "AVENUE DES FRERES LUMIERE", "69008", "LYON"),
        new Place("Lyon 4e", 45.7787, 4.8277, "BOULEVARD DE LA CROIX-ROUSSE", "69004", "LYON"),
        new Place("Lyon 9e", 45.7740, 4.8056, "QUAI ARLOING", "69009", "LYON"),
        new Place("Villeurbanne", 45.7665, 4.8795, "COURS EMILE ZOLA", "69100", "VILLEURBANNE"),
        new Place("Caluire-et-Cuire", 45.7955, 4.8466, "MONTEE DES SOLDATS", "69300", "CALUIRE-ET-CUIRE"),
        new Place("Venissieux", 45.6973, 4.8868, "AVENUE JEAN CAGNE", "69200", "VENISSIEUX"),
    };

    static final Place[] WORKPLACES = {
        new Place("Part-Dieu", 45.7606, 4.8593, "BOULEVARD VIVIER MERLE", "69003", "LYON"),
        new Place("Confluence", 45.7413, 4.8180, "COURS CHARLEMAGNE", "69002", "LYON"),
        new Place("Gerland", 45.7305, 4.8330, "AVENUE TONY GARNIER", "69007", "LYON"),
        new Place("Vaise", 45.7760, 4.8040, "RUE DU BOURBONNAIS", "69009", "LYON"),
        new Place("La Doua", 45.7820, 4.8730, "AVENUE GASTON BERGER", "69100", "VILLEURBANNE"),
    };

    /** The persona of index (1-based) for a seed. */
    public static Persona of(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Place home = jitter(HOMES[random.nextInt(HOMES.length)], random);
        Place work = jitter(WORKPLACES[random.nextInt(WORKPLACES.length)], random);
        // accounts from the index: unique for up to 10 million personas, whatever the seed
        String prm = String.format("0900%010d", index);
        String msisdn = "336" + String.format("%08d", 10_000_000 + index);
        String member = String.format("%07d", 2_000_000 + index);
        return new Persona(index, String.format("tester%04d", index), home, work, random.nextDouble() < 0.35,
                1 + random.nextInt(4), prm, msisdn, member, 150 + random.nextInt(250));
    }

    private static Place jitter(Place place, SplittableRandom random) {
        // a few hundred metres around the neighbourhood's centre
        return new Place(place.name(), round(place.latitude() + (random.nextDouble() - 0.5) * 0.008),
                round(place.longitude() + (random.nextDouble() - 0.5) * 0.011), place.street(), place.postcode(), place.city());
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
