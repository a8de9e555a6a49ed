package fr.mesinfos.opendata.publicdata;

import jakarta.enterprise.context.ApplicationScoped;

import fr.mesinfos.events.payload.AirQualityIndex;

/** The daily ATMO index of each commune, as loaded (opendata.air-quality). */
@ApplicationScoped
public class AirQuality extends CommuneDays<AirQualityIndex> {
}
