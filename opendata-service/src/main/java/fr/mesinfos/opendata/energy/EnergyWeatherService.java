package fr.mesinfos.opendata.energy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.opendata.personal.PersonalData;
import fr.mesinfos.opendata.publicdata.Weather;

/** Runs the energy-and-weather service for a person: their daily consumption (only under consent, via the vault) and a commune's weather through the calculator. */
@ApplicationScoped
public class EnergyWeatherService {
    /** The one category the service needs. */
    public static final Category NEEDS = Category.EDF_DAILY_CONSUMPTION;

    @Inject
    PersonalData personalData;

    @Inject
    Weather weather;

    /** Throws ConsentRequired (403 naming edf.daily-consumption) before reading anything when the consent is missing. */
    public EnergyWeather energyWeather(String personId, YearMonth month, String communeCode) {
        // the model's 12 months and the same month a year before: 13 months of readings
        List<DailyConsumption> readings = personalData.read(personId, NEEDS, DailyConsumption.class,
                ParisTime.startOfDay(month.minusMonths(12).atDay(1)), ParisTime.startOfDay(month.plusMonths(1).atDay(1)));
        // every loaded day of the commune: the normals are the means over all loaded years
        return new EnergyWeatherCalculator().compute(month, communeCode, readings,
                weather.between(communeCode, LocalDate.MIN, LocalDate.MAX));
    }
}
