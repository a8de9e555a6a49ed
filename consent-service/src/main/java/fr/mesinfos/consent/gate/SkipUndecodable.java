package fr.mesinfos.consent.gate;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.jboss.logging.Logger;

/**
 * Lets the gate go on past a record it cannot deserialize (not a CloudEvent, broken headers): skipped, counted and
 * logged by position only, since a poisoned record must not stop every person's deliveries.
 */
public class SkipUndecodable implements DeserializationExceptionHandler {
    private static final Logger LOG = Logger.getLogger(SkipUndecodable.class);

    @Override
    public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        GateMetrics.skipped("undecodable");
        // the exception message may quote the record: only its class and the position are logged
        LOG.warnf("skipped an undecodable record at %s/%d@%d (%s)", context.topic(), context.partition(), context.offset(),
                exception.getClass().getSimpleName());
        return DeserializationHandlerResponse.CONTINUE;
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
