package fr.mesinfos.vault.records;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.mesinfos.vault.read.OpenedRecord;

/** One page of a person's records of a category; {@code next} is the cursor of the following page, absent at the end. */
public record RecordPage(String category, String order, Instant from, Instant to, List<Item> items,
        @JsonInclude(JsonInclude.Include.NON_NULL) String next) {

    /** One record as the person sees it: the fact's time, its event id, and the payload in its catalog schema. */
    public record Item(String eventId, Instant time, com.fasterxml.jackson.databind.JsonNode payload) {
        static Item of(OpenedRecord record) {
            return new Item(record.eventId(), record.time(), record.payload());
        }
    }
}
