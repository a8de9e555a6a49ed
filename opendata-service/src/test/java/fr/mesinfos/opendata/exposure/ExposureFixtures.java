package fr.mesinfos.opendata.exposure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.AirQualityIndex;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.opendata.publicdata.AirQuality;
import fr.mesinfos.opendata.publicdata.Commune;
import fr.mesinfos.opendata.publicdata.Communes;

/**
 * A small world whose exposure is computed by hand: two square communes side by side, their ATMO indices on
 * 2026-01-15 and 2026-01-16, and a person's fixes around the 15th (times are Europe/Paris, UTC+1 in January).
 *
 * <pre>
 *  Alpha 69901: lon 4.80..4.85, lat 45.75..45.80    index 2 on the 15th, 3 on the 16th, none on the 14th
 *  Beta  69902: lon 4.85..4.90, lat 45.75..45.80    index 4 on the 15th, none on the 16th
 *  OUT: lon 5.50 (in no commune)
 *
 *  F0 14th 23:00 Alpha   F1 15th 00:30 Alpha   F2 08:00 Beta   F3 09:00 OUT   F4 10:00 Alpha
 *  F5 11:30 Beta         F6 23:00 Alpha        F7 16th 12:00 Beta
 * </pre>
 */
final class ExposureFixtures {
    static final String MSISDN = "33612345678";
    static final LocalDate DAY = LocalDate.of(2026, 1, 15);
    static final String ALPHA = "69901";
    static final String BETA = "69902";

    private ExposureFixtures() {
    }

    static List<Commune> communes() {
        return List.of(new Commune(ALPHA, "Alpha", square(4.80, 45.75, 4.85, 45.80)),
                new Commune(BETA, "Beta", square(4.85, 45.75, 4.90, 45.80)));
    }

    static Communes communeStore() {
        Communes communes = new Communes();
        communes.replaceAll(communes());
        return communes;
    }

    static List<AirQualityIndex> indices() {
        return List.of(index(ALPHA, "Alpha", DAY, 2), index(BETA, "Beta", DAY, 4), index(ALPHA, "Alpha", DAY.plusDays(1), 3));
    }

    static AirQuality airQualityStore() {
        AirQuality airQuality = new AirQuality();
        airQuality.putAll(indices());
        return airQuality;
    }

    static List<GeolocationFix> fixes() {
        return List.of(
                fix(DAY.minusDays(1), 23, 0, Place.ALPHA), // F0
                fix(DAY, 0, 30, Place.ALPHA), // F1
                fix(DAY, 8, 0, Place.BETA), // F2
                fix(DAY, 9, 0, Place.OUT), // F3
                fix(DAY, 10, 0, Place.ALPHA), // F4
                fix(DAY, 11, 30, Place.BETA), // F5
                fix(DAY, 23, 0, Place.ALPHA), // F6
                fix(DAY.plusDays(1), 12, 0, Place.BETA)); // F7
    }

    enum Place {
        ALPHA(45.775, 4.825), BETA(45.775, 4.875), OUT(45.775, 5.50);

        final double latitude;
        final double longitude;

        Place(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
        }
    }

    static Instant paris(LocalDate date, int hour, int minute) {
        return LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), hour, minute).atZone(ParisTime.ZONE).toInstant();
    }

    static GeolocationFix fix(LocalDate date, int hour, int minute, Place place) {
        return new GeolocationFix(MSISDN, paris(date, hour, minute), place.latitude, place.longitude, 50);
    }

    static AirQualityIndex index(String code, String name, LocalDate date, int atmo) {
        return new AirQualityIndex(code, name, date, atmo, new AirQualityIndex.SubIndices(atmo, 1, 1, 1, null), "Atmo test");
    }

    private static Polygon square(double minLon, double minLat, double maxLon, double maxLat) {
        return Communes.WGS84.createPolygon(new Coordinate[] {new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat),
                new Coordinate(maxLon, maxLat), new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)});
    }
}
