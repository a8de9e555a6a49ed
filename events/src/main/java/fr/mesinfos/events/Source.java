package fr.mesinfos.events;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/** Who a piece of data comes from: one of the pilot's partners, or public open data; names the CloudEvents source. */
public enum Source {
    ORANGE("orange", true),
    EDF("edf", true),
    MAIF("maif", true),
    OPENDATA("opendata", false);

    private final String id;
    private final boolean partner;
    private final URI uri;

    Source(String id, boolean partner) {
        this.id = id;
        this.partner = partner;
        this.uri = URI.create(partner ? "/partners/" + id : "/" + id);
    }

    /** Lowercase id used in topic names, category ids and schema paths, e.g. {@code edf}. */
    public String id() {
        return id;
    }

    /** True for the partners (Orange, EDF, MAIF), false for open data. */
    public boolean isPartner() {
        return partner;
    }

    /** The CloudEvents {@code source} attribute: {@code /partners/edf}, or {@code /opendata}. */
    public URI uri() {
        return uri;
    }

    public static Optional<Source> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static Optional<Source> byUri(URI uri) {
        return Arrays.stream(values()).filter(s -> s.uri.equals(uri)).findFirst();
    }
}
