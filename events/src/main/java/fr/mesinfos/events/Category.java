package fr.mesinfos.events;

import fr.mesinfos.events.payload.AirQualityIndex;
import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.events.payload.DailyWeather;
import fr.mesinfos.events.payload.ElectricityContract;
import fr.mesinfos.events.payload.ElectricityInvoice;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.events.payload.InsuranceClaim;
import fr.mesinfos.events.payload.InsuranceContract;
import fr.mesinfos.events.payload.LoadCurvePoint;
import fr.mesinfos.events.payload.PhoneCommunication;
import fr.mesinfos.events.payload.PhoneInvoice;
import fr.mesinfos.events.payload.TransitStop;
import java.net.URI;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The category catalog: every kind of data the platform carries, with everything derived from it (topic, schema,
 * CloudEvents type and dataschema, natural key). Adding a category means adding a constant here and its schema file.
 *
 * <p>Retention (how long the vault keeps an event after the fact happened, unless the person erases it first):
 * location and call records 1 year (the French limit for operators' traffic data, CPCE L34-1); load curve 3 years
 * (enough for year-on-year comparison of detailed data); daily consumption, contracts, invoices and claims 5 years
 * (the civil limitation period, Code civil art. 2224, during which a person may need the proof); open data as
 * long as it is useful for comparisons: air quality 5 years, weather 10 years, transit 1 year (superseded by each
 * new feed version).
 */
public enum Category {
    ORANGE_GEOLOCATION(Source.ORANGE, "geolocation", GeolocationFix.class, Sensitivity.SENSITIVE, Period.ofYears(1),
            "Géolocalisation du mobile", "Mobile phone location",
            "msisdn", "instant"),
    ORANGE_CALLS(Source.ORANGE, "calls", PhoneCommunication.class, Sensitivity.SENSITIVE, Period.ofYears(1),
            "Appels et SMS", "Calls and text messages",
            "msisdn", "instant", "correspondentNumber", "kind", "direction"),
    ORANGE_INVOICES(Source.ORANGE, "invoices", PhoneInvoice.class, Sensitivity.PERSONAL, Period.ofYears(5),
            "Factures de téléphonie et achats", "Phone bills and purchases",
            "vendor", "issuedAt", "invoiceType", "amount"),
    EDF_LOAD_CURVE(Source.EDF, "load-curve", LoadCurvePoint.class, Sensitivity.PERSONAL, Period.ofYears(3),
            "Courbe de charge Linky", "Linky load curve",
            "usagePointId", "start", "unit", "flowDirection"),
    EDF_DAILY_CONSUMPTION(Source.EDF, "daily-consumption", DailyConsumption.class, Sensitivity.PERSONAL, Period.ofYears(5),
            "Consommation d'électricité quotidienne", "Daily electricity consumption",
            "usagePointId", "date", "source"),
    EDF_CONTRACT(Source.EDF, "contract", ElectricityContract.class, Sensitivity.PERSONAL, Period.ofYears(5),
            "Contrat d'électricité", "Electricity contract",
            "contractNumber", Category.CONTENT_DIGEST),
    EDF_INVOICES(Source.EDF, "invoices", ElectricityInvoice.class, Sensitivity.PERSONAL, Period.ofYears(5),
            "Factures d'électricité", "Electricity invoices",
            "invoiceNumber"),
    MAIF_HOME_CONTRACT(Source.MAIF, "home-contract", InsuranceContract.class, Sensitivity.PERSONAL, Period.ofYears(5),
            "Contrats d'assurance habitation et véhicule", "Home and vehicle insurance contracts",
            "memberNumber", "productCode", Category.CONTENT_DIGEST),
    MAIF_CLAIMS(Source.MAIF, "claims", InsuranceClaim.class, Sensitivity.PERSONAL, Period.ofYears(5),
            "Sinistres", "Insurance claims",
            "claimReference", "type"),
    OPENDATA_AIR_QUALITY(Source.OPENDATA, "air-quality", AirQualityIndex.class, Sensitivity.PUBLIC, Period.ofYears(5),
            "Qualité de l'air", "Air quality",
            "inseeCode", "date"),
    OPENDATA_TRANSIT(Source.OPENDATA, "transit", TransitStop.class, Sensitivity.PUBLIC, Period.ofYears(1),
            "Transports en commun", "Public transport",
            "feedId", "stopId", "feedPublishedOn"),
    OPENDATA_WEATHER(Source.OPENDATA, "weather", DailyWeather.class, Sensitivity.PUBLIC, Period.ofYears(10),
            "Météo quotidienne", "Daily weather",
            "inseeCode", "date");

    /** Natural key part standing for the SHA-256 of the payload's canonical JSON (snapshot categories). */
    public static final String CONTENT_DIGEST = "sha256(payload)";

    private static final String SCHEMA_BASE = "https://schemas.mesinfos.fr/";

    private final Source source;
    private final String dataset;
    private final int schemaVersion;
    private final Class<? extends CategoryPayload> payloadType;
    private final Sensitivity sensitivity;
    private final Period retention;
    private final String displayNameFr;
    private final String displayNameEn;
    private final List<String> naturalKeyFields;
    // computed once: these are read for every event encoded or decoded
    private final String id;
    private final String type;
    private final URI dataSchema;

    Category(Source source, String dataset, Class<? extends CategoryPayload> payloadType, Sensitivity sensitivity,
            Period retention, String displayNameFr, String displayNameEn, String... naturalKeyFields) {
        this.source = source;
        this.dataset = dataset;
        this.schemaVersion = 1;
        this.payloadType = payloadType;
        this.sensitivity = sensitivity;
        this.retention = retention;
        this.displayNameFr = displayNameFr;
        this.displayNameEn = displayNameEn;
        this.naturalKeyFields = List.of(naturalKeyFields);
        this.id = source.id() + "." + dataset;
        this.type = "fr.mesinfos." + source.id() + "." + dataset + ".v" + schemaVersion;
        this.dataSchema = URI.create(SCHEMA_BASE + source.id() + "/" + dataset + "/v" + schemaVersion + ".json");
    }

    /** The category id, e.g. {@code edf.load-curve}. */
    public String id() {
        return id;
    }

    public Source source() {
        return source;
    }

    /** The name within the source, e.g. {@code load-curve}. */
    public String dataset() {
        return dataset;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** {@code partner.<partner>.<dataset>.v<n>}, or {@code opendata.<dataset>.v<n>}. */
    public String topic() {
        String version = ".v" + schemaVersion;
        return source.isPartner()
                ? "partner." + source.id() + "." + dataset + version
                : "opendata." + dataset + version;
    }

    /** Classpath resource of the JSON Schema, e.g. {@code schemas/edf/load-curve.v1.json}. */
    public String schemaPath() {
        return "schemas/" + source.id() + "/" + dataset + ".v" + schemaVersion + ".json";
    }

    /** The CloudEvents {@code type}, e.g. {@code fr.mesinfos.edf.load-curve.v1}. */
    public String type() {
        return type;
    }

    /** The CloudEvents {@code dataschema}, equal to the schema's $id. */
    public URI dataSchema() {
        return dataSchema;
    }

    public Class<? extends CategoryPayload> payloadType() {
        return payloadType;
    }

    public Sensitivity sensitivity() {
        return sensitivity;
    }

    /** How long the vault keeps an event after the fact happened. */
    public Period retention() {
        return retention;
    }

    public String displayNameFr() {
        return displayNameFr;
    }

    public String displayNameEn() {
        return displayNameEn;
    }

    /** French for French locales, English otherwise. */
    public String displayName(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? displayNameFr : displayNameEn;
    }

    /** The payload fields the event id is derived from, in order ({@link #CONTENT_DIGEST} for a content digest). */
    public List<String> naturalKeyFields() {
        return naturalKeyFields;
    }

    public boolean isOpenData() {
        return !source.isPartner();
    }

    /** The deterministic event id of a payload of this category. */
    public UUID eventId(CategoryPayload payload) {
        return EventIds.of(this, requirePayload(payload).naturalKey());
    }

    /** Checks that a payload belongs to this category and returns it. */
    public CategoryPayload requirePayload(CategoryPayload payload) {
        if (!payloadType.isInstance(payload)) {
            throw new IllegalArgumentException(id() + " expects a " + payloadType.getSimpleName() + " payload, got "
                    + (payload == null ? "null" : payload.getClass().getSimpleName()));
        }
        return payload;
    }
}
