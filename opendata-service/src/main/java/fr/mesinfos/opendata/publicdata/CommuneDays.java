package fr.mesinfos.opendata.publicdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import fr.mesinfos.events.payload.CommuneDailyFact;

/** Daily facts per commune (an air-quality index, a day's weather), the latest loaded value winning for a day. */
public class CommuneDays<T extends CommuneDailyFact> {
    private final Map<String, NavigableMap<LocalDate, T>> byCommune = new ConcurrentHashMap<>();

    public void put(T fact) {
        byCommune.computeIfAbsent(fact.inseeCode(), code -> new ConcurrentSkipListMap<>()).put(fact.date(), fact);
    }

    public void putAll(List<T> facts) {
        facts.forEach(this::put);
    }

    public Optional<T> of(String inseeCode, LocalDate date) {
        NavigableMap<LocalDate, T> days = byCommune.get(inseeCode);
        return days == null ? Optional.empty() : Optional.ofNullable(days.get(date));
    }

    /** The commune's days from {@code from} to {@code to} inclusive that have a value, in date order. */
    public List<T> between(String inseeCode, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, T> days = byCommune.get(inseeCode);
        return days == null ? List.of() : List.copyOf(days.subMap(from, true, to, true).values());
    }

    public void clear() {
        byCommune.clear();
    }
}
