package fr.mesinfos.vault.read;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** One stored record opened for its owner: the clear metadata and the decrypted payload. */
public record OpenedRecord(String eventId, String category, String source, Instant time, JsonNode payload) {
}
