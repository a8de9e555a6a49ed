package fr.mesinfos.opendata.trips;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.mesinfos.opendata.publicdata.Distances;

/**
 * Finds the stays in a person's fixes: taken in time order, a run is the longest sequence of consecutive fixes all
 * within {@code stayRadius} meters (geodesic) of the run's first fix; a run lasting at least {@code minStay} from its
 * first to its last fix is a stay. The next run starts at the first fix that left the radius, so fixes on the way
 * (too few or too short-lived) belong to no stay.
 */
public final class Stays {
    private Stays() {
    }

    public static List<Stay> find(List<Fix> fixes, double stayRadiusMeters, Duration minStay) {
        List<Fix> ordered = fixes.stream().sorted(Comparator.comparing(Fix::instant)).toList();
        List<Stay> stays = new ArrayList<>();
        int start = 0;
        while (start < ordered.size()) {
            Fix first = ordered.get(start);
            int end = start;
            while (end + 1 < ordered.size() && within(first, ordered.get(end + 1), stayRadiusMeters)) {
                end++;
            }
            Fix last = ordered.get(end);
            if (Duration.between(first.instant(), last.instant()).compareTo(minStay) >= 0) {
                stays.add(stay(ordered.subList(start, end + 1)));
            }
            start = end + 1;
        }
        return stays;
    }

    private static boolean within(Fix a, Fix b, double meters) {
        return Distances.meters(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= meters;
    }

    private static Stay stay(List<Fix> run) {
        double latitude = run.stream().mapToDouble(Fix::latitude).average().orElseThrow();
        double longitude = run.stream().mapToDouble(Fix::longitude).average().orElseThrow();
        return new Stay(run.getFirst().instant(), run.getLast().instant(), latitude, longitude);
    }
}
