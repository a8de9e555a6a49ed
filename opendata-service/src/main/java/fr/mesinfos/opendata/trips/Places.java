package fr.mesinfos.opendata.trips;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.mesinfos.opendata.publicdata.Distances;

/**
 * Clusters stays into places: in time order, a stay joins the place whose centre is nearest and within
 * {@code placeRadius} meters of the stay's point, or starts a new place; a place's centre is the mean of its stays'
 * points. Places are then named P1, P2... from the most stays to the fewest (ties: the first visited first).
 */
public final class Places {
    private Places() {
    }

    /** The visits (each stay with its place), in time order. */
    public static List<Visit> cluster(List<Stay> stays, double placeRadiusMeters) {
        List<Cluster> clusters = new ArrayList<>();
        List<Assigned> assigned = new ArrayList<>();
        for (Stay stay : stays.stream().sorted(Comparator.comparing(Stay::arrival)).toList()) {
            Cluster joined = clusters.stream()
                    .filter(cluster -> cluster.distanceTo(stay) <= placeRadiusMeters)
                    .min(Comparator.comparingDouble(cluster -> cluster.distanceTo(stay)))
                    .orElseGet(() -> {
                        Cluster created = new Cluster(clusters.size());
                        clusters.add(created);
                        return created;
                    });
            joined.add(stay);
            assigned.add(new Assigned(stay, joined));
        }
        List<Cluster> ranked = clusters.stream()
                .sorted(Comparator.comparingInt((Cluster cluster) -> -cluster.stays.size()).thenComparingInt(cluster -> cluster.order))
                .toList();
        for (int i = 0; i < ranked.size(); i++) {
            Cluster cluster = ranked.get(i);
            cluster.place = new Place("P" + (i + 1), cluster.latitude(), cluster.longitude(), cluster.stays.size());
        }
        return assigned.stream().map(a -> new Visit(a.stay, a.cluster.place)).toList();
    }

    /** A stay and the cluster it joined, before the clusters are named. */
    private record Assigned(Stay stay, Cluster cluster) {
    }

    /** A place while it is being built. */
    private static final class Cluster {
        final int order;
        final List<Stay> stays = new ArrayList<>();
        Place place;

        Cluster(int order) {
            this.order = order;
        }

        void add(Stay stay) {
            stays.add(stay);
        }

        double latitude() {
            return stays.stream().mapToDouble(Stay::latitude).average().orElseThrow();
        }

        double longitude() {
            return stays.stream().mapToDouble(Stay::longitude).average().orElseThrow();
        }

        double distanceTo(Stay stay) {
            return Distances.meters(latitude(), longitude(), stay.latitude(), stay.longitude());
        }
    }
}
