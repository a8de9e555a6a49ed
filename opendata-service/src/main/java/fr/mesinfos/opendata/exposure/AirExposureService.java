package fr.mesinfos.opendata.exposure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.opendata.personal.PersonalData;
import fr.mesinfos.opendata.publicdata.AirQuality;
import fr.mesinfos.opendata.publicdata.Communes;

/** Runs the air-exposure service for a person: their fixes (only under consent, via the vault) through the calculator. */
@ApplicationScoped
public class AirExposureService {
    /** The one category the service needs. */
    public static final Category NEEDS = Category.ORANGE_GEOLOCATION;

    @Inject
    PersonalData personalData;

    @Inject
    Communes communes;

    @Inject
    AirQuality airQuality;

    @ConfigProperty(name = "mesinfos.exposure.max-gap", defaultValue = "PT2H")
    Duration maxGap;

    /** Throws ConsentRequired (403 naming orange.geolocation) before reading anything when the consent is missing. */
    public AirExposure exposure(String personId, ExposurePeriod period, LocalDate date) {
        ExposureCalculator calculator = new ExposureCalculator(communes, airQuality, maxGap);
        List<GeolocationFix> fixes = personalData.read(personId, NEEDS, GeolocationFix.class,
                calculator.fixesFrom(period, date), calculator.fixesTo(period, date));
        return calculator.compute(period, date, fixes, Instant.now());
    }
}
