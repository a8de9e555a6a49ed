package fr.mesinfos.e2e;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.mesinfos.testkit.TestUsers;

/**
 * What the connectors accepted for each person, by category: the event ids of their 202 answers. What the vault must
 * hold exactly, what an export must hold, what an app may receive of it.
 */
final class Accepted {
    private final Map<TestUsers, Map<String, Set<String>>> ids = new EnumMap<>(TestUsers.class);

    /** Adds event ids of the person's in the category (an id accepted again, e.g. a file pushed twice, counts once). */
    void add(TestUsers person, String category, Collection<String> eventIds) {
        ids.computeIfAbsent(person, p -> new TreeMap<>()).computeIfAbsent(category, c -> new LinkedHashSet<>()).addAll(eventIds);
    }

    void addAll(TestUsers person, Map<String, ? extends Collection<String>> byCategory) {
        byCategory.forEach((category, eventIds) -> add(person, category, eventIds));
    }

    /** The person's accepted ids in the category, in order (empty when none). */
    Set<String> ids(TestUsers person, String category) {
        return new LinkedHashSet<>(byCategory(person).getOrDefault(category, Set.of()));
    }

    /** How many events of each category were accepted for the person, by category id (sorted). */
    Map<String, Long> counts(TestUsers person) {
        Map<String, Long> counts = new TreeMap<>();
        byCategory(person).forEach((category, eventIds) -> counts.put(category, (long) eventIds.size()));
        return counts;
    }

    private Map<String, Set<String>> byCategory(TestUsers person) {
        return ids.getOrDefault(person, Map.of());
    }
}
