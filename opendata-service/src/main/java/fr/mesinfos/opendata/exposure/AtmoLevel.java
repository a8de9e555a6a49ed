package fr.mesinfos.opendata.exposure;

/** The six levels of the ATMO index (arrêté du 10 juillet 2020) with their official French labels, for the answer. */
public enum AtmoLevel {
    BON(1, "bon"),
    MOYEN(2, "moyen"),
    DEGRADE(3, "dégradé"),
    MAUVAIS(4, "mauvais"),
    TRES_MAUVAIS(5, "très mauvais"),
    EXTREMEMENT_MAUVAIS(6, "extrêmement mauvais");

    private final int index;
    private final String label;

    AtmoLevel(int index, String label) {
        this.index = index;
        this.label = label;
    }

    public int index() {
        return index;
    }

    public String label() {
        return label;
    }

    /** The level of an index 1..6. */
    public static AtmoLevel of(int index) {
        if (index < 1 || index > 6) {
            throw new IllegalArgumentException("ATMO index must be 1..6");
        }
        return values()[index - 1];
    }
}
