package fr.mesinfos.opendata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.mesinfos.opendata.publicdata.Commune;
import fr.mesinfos.opendata.publicdata.Communes;

/** The GeoJSON boundaries loader on the project's sample and on a file with bad features. */
class CommuneBoundariesLoaderTest {
    private final CommuneBoundariesLoader loader = new CommuneBoundariesLoader();

    @Test
    void readsTheSampleCommunesValidAndApart() {
        Parsed<Commune> parsed = loader.read(Resources.reader(Resources.COMMUNES));

        assertEquals(7, parsed.rowsRead());
        assertEquals(List.of(), parsed.rejected());
        assertEquals(List.of("69123", "69266", "69029", "69259", "69034", "69149", "69299"),
                parsed.items().stream().map(Commune::inseeCode).toList());
        for (Commune a : parsed.items()) {
            assertTrue(a.area().isValid(), a.name());
            for (Commune b : parsed.items()) {
                if (a != b) {
                    // neighbours share borders, none overlaps another
                    assertTrue(a.area().intersection(b.area()).getArea() < 1e-9, a.name() + " / " + b.name());
                }
            }
        }
    }

    @Test
    void locatesPointsInTheirCommune() {
        Communes communes = new Communes();
        communes.replaceAll(loader.read(Resources.reader(Resources.COMMUNES)).items());

        assertEquals(Optional.of("Bron"), communes.locate(45.7350, 4.9150).map(Commune::name));
        assertEquals(Optional.of("Lyon"), communes.locate(45.7578, 4.8320).map(Commune::name)); // place Bellecour
        assertEquals(Optional.of("Villeurbanne"), communes.locate(45.7690, 4.8820).map(Commune::name)); // Gratte-Ciel
        assertEquals(Optional.of("Colombier-Saugnieu"), communes.locate(45.7265, 5.0778).map(Commune::name)); // the airport
        assertEquals(Optional.empty(), communes.locate(48.8566, 2.3522)); // Paris
    }

    @Test
    void reportsBadFeaturesWithTheirLineAndLoadsTheOthers() {
        Parsed<Commune> parsed = loader.read(Resources.reader("load/communes-malformed.geojson"));

        assertEquals(6, parsed.rowsRead());
        assertEquals(List.of("Bron", "Villeurbanne"), parsed.items().stream().map(Commune::name).toList());
        assertEquals(List.of(
                new Rejection(6, "properties.code must be an INSEE commune code (5 characters)"),
                new Rejection(8, "geometry is not a valid polygon (self-intersecting or unclosed ring)"),
                new Rejection(10, "geometry must be a Polygon or a MultiPolygon"),
                new Rejection(12, "geometry is missing")), parsed.rejected());
    }

    @Test
    void somethingElseThanAFeatureCollectionIsUnreadable() {
        UnreadableSourceException notACollection = assertThrows(UnreadableSourceException.class,
                () -> loader.read(new StringReader("{\"type\": \"Feature\"}")));
        assertTrue(notACollection.getMessage().contains("FeatureCollection"));
        UnreadableSourceException truncated = assertThrows(UnreadableSourceException.class,
                () -> loader.read(new StringReader("{\"type\": \"FeatureCollection\", \"features\": [")));
        assertEquals("is not well-formed JSON", truncated.getMessage());
    }
}
