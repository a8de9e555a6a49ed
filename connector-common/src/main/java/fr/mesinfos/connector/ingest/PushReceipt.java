package fr.mesinfos.connector.ingest;

import java.util.List;

/** What a partner gets back for an accepted batch: every event is acknowledged by Kafka; ids for its reconciliation. */
public record PushReceipt(String format, int records, int events, List<String> eventIds) {
}
