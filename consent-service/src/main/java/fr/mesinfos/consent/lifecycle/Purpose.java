package fr.mesinfos.consent.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The vetted W3C DPV purposes an app may ask consent for (CS-DM-2): a short list we can explain to persons. */
public enum Purpose {
    SERVICE_PROVISION("dpv:ServiceProvision"),
    SERVICE_PERSONALISATION("dpv:ServicePersonalisation"),
    SERVICE_OPTIMISATION("dpv:ServiceOptimisation"),
    PERSONALISATION("dpv:Personalisation"),
    RESEARCH_AND_DEVELOPMENT("dpv:ResearchAndDevelopment");

    private static final String DPV_NAMESPACE = "https://w3id.org/dpv#";
    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    /** The compact code, e.g. {@code dpv:ServiceProvision}. */
    public String code() {
        return code;
    }

    /** The full DPV IRI, e.g. {@code https://w3id.org/dpv#ServiceProvision}. */
    public String iri() {
        return DPV_NAMESPACE + code.substring("dpv:".length());
    }

    public static Optional<Purpose> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Purpose::code).toList();
    }
}
