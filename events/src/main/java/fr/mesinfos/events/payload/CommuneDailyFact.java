package fr.mesinfos.events.payload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.mesinfos.events.OpenDataPayload;
import fr.mesinfos.events.ParisTime;

/** A public fact about one commune on one day (air quality, weather): keyed, timed and partitioned by commune and day. */
public interface CommuneDailyFact extends OpenDataPayload {

    String inseeCode();

    LocalDate date();

    @Override
    default List<String> naturalKey() {
        return List.of(inseeCode(), date().toString());
    }

    @Override
    default Instant occurredAt() {
        return ParisTime.startOfDay(date());
    }

    @Override
    default String partitionKey() {
        return inseeCode();
    }
}
