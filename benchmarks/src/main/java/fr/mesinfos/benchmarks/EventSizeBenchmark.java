package fr.mesinfos.benchmarks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.MemoryRecordsBuilder;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.utils.Utils;

import fr.mesinfos.events.EventCodec;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;

/**
 * How many bytes a load-curve event costs Kafka, for the capacity estimate (deploy/README.md): the record as the
 * connectors produce it (key, CloudEvent binary value, ce_* headers), and the same records in Kafka's own lz4
 * record batches as a connector's producer fills them (256 KiB, one per partition, keyed by person), i.e. what the
 * brokers write to disk and send to each consumer. No server needed: Kafka's record-batch builder does the work.
 */
public final class EventSizeBenchmark {
    private static final int BATCH_BYTES = 256 * 1024;

    private EventSizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int persons = Integer.getInteger("size.persons", 2_000);
        int partitions = Integer.getInteger("size.partitions", 48);
        int events = persons * 48;
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(), false);

        List<List<byte[][]>> byPartition = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            byPartition.add(new ArrayList<>());
        }
        long recordBytes = 0;
        for (LoadCurves.Fact fact : LoadCurves.round(0, events, persons)) {
            ProducerRecord<String, CloudEvent> record = EventCodec.encode(fact.personId(), fact.point());
            RecordHeaders headers = new RecordHeaders();
            byte[] value = serializer.serialize(record.topic(), headers, record.value());
            byte[] key = record.key().getBytes(StandardCharsets.UTF_8);
            List<byte[]> parts = new ArrayList<>(List.of(key, value));
            recordBytes += key.length + value.length;
            for (Header header : headers) {
                parts.add(header.key().getBytes(StandardCharsets.UTF_8));
                parts.add(header.value());
                recordBytes += header.key().length() + header.value().length;
            }
            // Kafka's default partitioner for keyed records: murmur2 of the key bytes
            int partition = Utils.toPositive(Utils.murmur2(key)) % partitions;
            byPartition.get(partition).add(parts.toArray(byte[][]::new));
        }

        long batchBytes = 0;
        int batches = 0;
        for (List<byte[][]> records : byPartition) {
            MemoryRecordsBuilder builder = null;
            long uncompressed = 0;
            for (byte[][] record : records) {
                if (builder == null) {
                    builder = MemoryRecords.builder(ByteBuffer.allocate(BATCH_BYTES * 2), Compression.lz4().build(), TimestampType.CREATE_TIME, 0L);
                    uncompressed = 0;
                }
                builder.append(0L, record[0], record[1], headers(record));
                for (byte[] part : record) {
                    uncompressed += part.length;
                }
                if (uncompressed >= BATCH_BYTES) {
                    batchBytes += builder.build().sizeInBytes();
                    batches++;
                    builder = null;
                }
            }
            if (builder != null) {
                batchBytes += builder.build().sizeInBytes();
                batches++;
            }
        }
        Reports.write("event-size.md", String.format("""
                | what | events | bytes | bytes per event |
                |---|---|---|---|
                | record: key + CloudEvent value + ce_* headers | %,d | %,d | %.0f |
                | lz4 record batches, %d partitions, up to 256 KiB each (%d batches) | %,d | %,d | %.0f |

                %,d persons × 48 half-hours of edf.load-curve, keyed by person; compression ratio %.1f.
                """, events, recordBytes, recordBytes / (double) events, partitions, batches, events, batchBytes,
                batchBytes / (double) events, persons, recordBytes / (double) batchBytes));
    }

    private static Header[] headers(byte[][] record) {
        Header[] headers = new Header[(record.length - 2) / 2];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = new org.apache.kafka.common.header.internals.RecordHeader(
                    new String(record[2 + 2 * i], StandardCharsets.UTF_8), record[3 + 2 * i]);
        }
        return headers;
    }
}
