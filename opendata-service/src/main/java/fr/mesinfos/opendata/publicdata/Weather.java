package fr.mesinfos.opendata.publicdata;

import jakarta.enterprise.context.ApplicationScoped;

import fr.mesinfos.events.payload.DailyWeather;

/** The daily temperatures of each commune, as loaded (opendata.weather). */
@ApplicationScoped
public class Weather extends CommuneDays<DailyWeather> {
}
