package fr.mesinfos.simulators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Cuts a stream of records into push batches of about a target number of events, within the connector's record limit. */
final class Batches {
    static final int TARGET_EVENTS = 1_000;
    static final int MAX_RECORDS = 10_000;

    /** One push: its records (a JSON array body) and the events the connector will make of them. */
    record Batch(ArrayNode records, int events) {
    }

    private Batches() {
    }

    static List<Batch> of(List<ObjectNode> records, ToIntFunction<JsonNode> events, int targetEvents) {
        List<Batch> batches = new ArrayList<>();
        ArrayNode current = JsonNodeFactory.instance.arrayNode();
        int count = 0;
        for (ObjectNode record : records) {
            int weight = events.applyAsInt(record);
            if (!current.isEmpty() && (count + weight > targetEvents || current.size() >= MAX_RECORDS)) {
                batches.add(new Batch(current, count));
                current = JsonNodeFactory.instance.arrayNode();
                count = 0;
            }
            current.add(record);
            count += weight;
        }
        if (!current.isEmpty()) {
            batches.add(new Batch(current, count));
        }
        return batches;
    }
}
