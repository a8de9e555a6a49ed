package fr.mesinfos.opendata.energy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A person's electricity against the weather for one month: the answer of the energy-and-weather service. Energies in
 * kWh, temperatures in °C, heating degree-days (HDD, DJU) base 18 °C; null where a figure cannot be computed.
 */
public record EnergyWeather(
        YearMonth month,
        String communeCode,
        String communeName,
        String readingsChoice,
        List<DayFigures> days,
        Model model,
        MonthFigures thisMonth,
        Trend trend,
        YearOverYear yearOverYear) {

    /**
     * One day of the month: what was consumed, from which reading ({@code enedis-daily-energy} or
     * {@code edf-billing-statement}, the catalog's codes), the day's mean temperature and its HDD.
     */
    public record DayFigures(LocalDate date, Double kWh, String source, Double meanTemperatureC, Double hdd) {
    }

    /**
     * kWh per day = baseKWhPerDay + slopeKWhPerDegreeDay × HDD, fitted by least squares on the {@code days} days from
     * {@code from} to {@code to} having both a consumption and a temperature; r² its coefficient of determination.
     */
    public record Model(LocalDate from, LocalDate to, int days, double baseKWhPerDay, double slopeKWhPerDegreeDay, double r2) {
    }

    /**
     * A month on the days having both values: their kWh, their HDD, the normal HDD of as many days of that calendar
     * month, and the consumption the model gives for normal weather (normalisedKWh).
     */
    public record MonthFigures(YearMonth month, int days, Double kWh, Double hdd, Double normalHdd, Double normalisedKWh) {
    }

    /** The 12 months ending with the asked one, and the change per year of the weather-normalised kWh per day. */
    public record Trend(List<MonthFigures> months, Double percentPerYear) {
    }

    /** The asked month against the same month a year before: raw and weather-normalised changes, in %. */
    public record YearOverYear(MonthFigures thisYear, MonthFigures lastYear, Double kWhChangePercent, Double hddChangePercent,
            Double normalisedChangePercent) {
    }
}
