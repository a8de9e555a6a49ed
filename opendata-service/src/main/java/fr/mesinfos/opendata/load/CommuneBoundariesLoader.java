package fr.mesinfos.opendata.load;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.opendata.publicdata.Commune;
import fr.mesinfos.opendata.publicdata.Communes;

/**
 * Reads communes' boundaries from a GeoJSON FeatureCollection (properties {@code code}: INSEE code, {@code nom}: name;
 * geometry: Polygon or MultiPolygon, WGS 84): Jackson walks the features (and tells the line each starts on), JTS
 * reads each geometry.
 */
public class CommuneBoundariesLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Parsed<Commune> read(Reader source) {
        Parsed.Builder<Commune> parsed = new Parsed.Builder<>();
        GeoJsonReader geometries = new GeoJsonReader(Communes.WGS84);
        try (JsonParser json = JSON.createParser(source)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableSourceException("is not a GeoJSON FeatureCollection");
            }
            boolean collection = false;
            boolean features = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if ("type".equals(field)) {
                    collection = "FeatureCollection".equals(json.getValueAsString());
                } else if ("features".equals(field) && json.currentToken() == JsonToken.START_ARRAY) {
                    features = true;
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        long line = json.currentTokenLocation().getLineNr();
                        JsonNode feature = JSON.readTree(json);
                        parsed.read();
                        read(feature, line, geometries, parsed);
                    }
                } else {
                    json.skipChildren();
                }
            }
            if (!collection || !features) {
                throw new UnreadableSourceException("is not a GeoJSON FeatureCollection (type and features)");
            }
        } catch (IOException e) {
            throw new UnreadableSourceException("is not well-formed JSON", e);
        }
        return parsed.build();
    }

    private static void read(JsonNode feature, long line, GeoJsonReader geometries, Parsed.Builder<Commune> parsed) {
        List<String> problems = new ArrayList<>();
        String code = feature.path("properties").path("code").asText("");
        String name = feature.path("properties").path("nom").asText("");
        if (!code.matches("[0-9][0-9AB][0-9]{3}")) {
            problems.add("properties.code must be an INSEE commune code (5 characters)");
        }
        if (name.isBlank()) {
            problems.add("properties.nom is missing");
        }
        Geometry area = null;
        JsonNode geometry = feature.path("geometry");
        if (!geometry.isObject()) {
            problems.add("geometry is missing");
        } else {
            try {
                area = geometries.read(geometry.toString());
                if (!(area instanceof Polygon || area instanceof MultiPolygon)) {
                    problems.add("geometry must be a Polygon or a MultiPolygon");
                } else if (!area.isValid()) {
                    problems.add("geometry is not a valid polygon (self-intersecting or unclosed ring)");
                }
            } catch (ParseException | RuntimeException e) {
                problems.add("geometry cannot be read as GeoJSON");
            }
        }
        if (problems.isEmpty()) {
            parsed.add(new Commune(code, name, area));
        } else {
            parsed.reject(line, problems);
        }
    }
}
