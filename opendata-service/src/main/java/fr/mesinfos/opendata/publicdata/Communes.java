package fr.mesinfos.opendata.publicdata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The communes' boundaries loaded by the service, to tell in which commune a location fix lies (point in polygon,
 * with JTS and a spatial index); replaced as a whole when a new boundary file is loaded.
 */
@ApplicationScoped
public class Communes {
    /** WGS 84 coordinates: x = longitude, y = latitude. */
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private record Snapshot(STRtree index, Map<String, Commune> byCode) {
    }

    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(new STRtree(), Map.of()));

    /** Replaces every commune with these. */
    public void replaceAll(List<Commune> communes) {
        STRtree index = new STRtree();
        communes.forEach(c -> index.insert(c.area().getEnvelopeInternal(), c));
        index.build();
        current.set(new Snapshot(index, communes.stream().collect(Collectors.toUnmodifiableMap(Commune::inseeCode, Function.identity(), (a, b) -> b))));
    }

    /** The commune whose boundary contains the point, if any. */
    @SuppressWarnings("unchecked")
    public Optional<Commune> locate(double latitude, double longitude) {
        Point point = WGS84.createPoint(new Coordinate(longitude, latitude));
        List<Commune> candidates = current.get().index().query(point.getEnvelopeInternal());
        return candidates.stream().filter(c -> c.area().covers(point)).findFirst();
    }

    public Optional<Commune> byCode(String inseeCode) {
        return Optional.ofNullable(current.get().byCode().get(inseeCode));
    }

    public int size() {
        return current.get().byCode().size();
    }
}
