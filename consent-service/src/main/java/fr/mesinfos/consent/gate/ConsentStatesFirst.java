package fr.mesinfos.consent.gate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Puts consent states ahead of partner events inside a task. Kafka Streams takes the buffered record with the
 * lowest timestamp first; giving consent.state.v1 records the lowest possible one means a withdrawal the gate has
 * fetched is applied before any event still waiting, whatever their timestamps: consent is judged on the latest state
 * at processing time (CS-RV-4), not in event-time order. What the gate writes carries its own timestamps.
 */
public class ConsentStatesFirst implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        return 0L;
    }
}
