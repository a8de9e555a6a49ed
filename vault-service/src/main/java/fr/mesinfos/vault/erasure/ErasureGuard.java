package fr.mesinfos.vault.erasure;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.mesinfos.events.platform.PersonErasure;

/**
 * Keeps erased data erased: an event that was already in Kafka when its person erased its category (redelivered, or
 * still in flight) must not be stored again. Events published after the erasure are new data and are kept.
 */
@ApplicationScoped
public class ErasureGuard {

    /** One event the stream is about to store: whose, which category, and when Kafka received it. */
    public record Candidate(String eventId, String personId, String category, Instant publishedAt) {
    }

    @Inject
    Erasures erasures;

    /** The ids of the candidates that an erasure requested at or after their publication covers. */
    public Set<String> erased(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        Map<String, List<PersonErasure>> byPerson = erasures.ofPersons(candidates.stream().map(Candidate::personId).collect(Collectors.toSet()))
                .stream().collect(Collectors.groupingBy(PersonErasure::personId));
        if (byPerson.isEmpty()) {
            return Set.of();
        }
        Set<String> erased = new HashSet<>();
        for (Candidate candidate : candidates) {
            for (PersonErasure erasure : byPerson.getOrDefault(candidate.personId(), List.of())) {
                if (erasure.covers(candidate.category()) && !candidate.publishedAt().isAfter(erasure.requestedAt())) {
                    erased.add(candidate.eventId());
                }
            }
        }
        return erased;
    }
}
