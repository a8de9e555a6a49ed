package fr.mesinfos.connector.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.connector.link.AccountLinks;
import fr.mesinfos.connector.partner.ConnectorPartner;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A partner's batch, all or nothing: mapped and validated whole, every account resolved to its owner, then published;
 * nothing reaches Kafka unless the whole batch is valid and linked, and the answer is 202 only once Kafka
 * acknowledged every event.
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);
    static final int RETRY_AFTER_SECONDS = 10;

    @Inject
    Instance<PartnerFormat> formats;

    @Inject
    ConnectorPartner partner;

    @Inject
    AccountLinks links;

    @Inject
    EventPublisher publisher;

    @Inject
    IngestSettings limits;

    @Inject
    MeterRegistry metrics;

    @Inject
    ObjectMapper json;

    public List<String> formatNames() {
        return formats.stream().map(PartnerFormat::name).sorted().toList();
    }

    public PartnerFormat format(String name) {
        return formats.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new ProblemException(
                Problem.of(404, "unknown-format", "Unknown format",
                        "This connector accepts the formats " + formatNames() + ".")));
    }

    /**
     * Ingests one pushed body. The CPU-heavy steps (parsing, mapping, validating, encoding) run on worker threads; only
     * the account lookup returns to the request's Vert.x context, which Hibernate Reactive needs.
     */
    public Uni<PushReceipt> ingest(String formatName, byte[] body) {
        PartnerFormat format = format(formatName);
        Context context = Vertx.currentContext();
        Executor onRequestContext = task -> context.runOnContext(ignored -> task.run());
        Executor workers = Infrastructure.getDefaultWorkerPool();
        return Uni.createFrom().item(() -> mapWhole(format, body))
                .runSubscriptionOn(workers)
                .emitOn(onRequestContext)
                .flatMap(batch -> links.owners(accountsOf(batch.result())).map(owners -> new Resolved(batch, owners)))
                .emitOn(workers)
                .flatMap(resolved -> {
                    int recordCount = resolved.batch().records();
                    var records = toRecords(resolved.batch().result().mapped(), resolved.owners(), formatName, recordCount);
                    return Uni.createFrom().completionStage(() -> publisher.publishAll(records))
                            .onFailure().transform(IngestService::unavailable)
                            .map(done -> receipt(formatName, recordCount, records));
                });
    }

    /** A batch mapped and validated whole, with how many records it had. */
    private record MappedBatch(BatchMapper.Result result, int records) {
    }

    /** A mapped batch and the owner of each of its linked accounts. */
    private record Resolved(MappedBatch batch, Map<String, String> owners) {
    }

    private MappedBatch mapWhole(PartnerFormat format, byte[] body) {
        JsonNode records = parse(format.name(), body);
        if (records.size() > limits.maxRecords()) {
            throw tooLarge("records", records.size(), limits.maxRecords());
        }
        BatchMapper.Result result = BatchMapper.map(format, partner.source(), records);
        if (!result.errors().isEmpty()) {
            count(format.name(), "invalid", records.size());
            long invalidRecords = result.errors().stream().map(Problem.InvalidParam::index).distinct().count();
            throw new ProblemException(Problem.of(400, "invalid-records", "Invalid records",
                    invalidRecords + " of " + records.size() + " records are invalid; nothing of this batch was published.")
                    .withErrors(result.errors()));
        }
        if (result.mapped().size() > limits.maxEvents()) {
            throw tooLarge("events", result.mapped().size(), limits.maxEvents());
        }
        return new MappedBatch(result, records.size());
    }

    private JsonNode parse(String formatName, byte[] body) {
        JsonNode records;
        try {
            records = body == null || body.length == 0 ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON",
                    "The body is not valid JSON" + (location == null ? "" : " (line " + location.getLineNr()
                            + ", column " + location.getColumnNr() + ")") + "; nothing of this batch was published."));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (records == null || !records.isArray()) {
            throw new ProblemException(Problem.of(400, "not-a-batch", "Not a batch",
                    "The body must be a JSON array of " + formatName + " records."));
        }
        return records;
    }

    private static Set<String> accountsOf(BatchMapper.Result result) {
        Set<String> accounts = new LinkedHashSet<>();
        result.mapped().forEach(m -> accounts.add(m.account()));
        return accounts;
    }

    private List<ProducerRecord<String, CloudEvent>> toRecords(List<BatchMapper.Indexed> mapped, Map<String, String> owners,
            String formatName, int recordCount) {
        Map<String, List<Integer>> unlinked = new TreeMap<>();
        List<ProducerRecord<String, CloudEvent>> records = new ArrayList<>(mapped.size());
        for (BatchMapper.Indexed one : mapped) {
            String owner = owners.get(one.account());
            if (owner == null) {
                List<Integer> indexes = unlinked.computeIfAbsent(one.account(), a -> new ArrayList<>());
                if (indexes.isEmpty() || indexes.get(indexes.size() - 1) != one.index()) {
                    indexes.add(one.index());
                }
            } else if (unlinked.isEmpty()) {
                records.add(EventCodec.encode(owner, one.payload()));
            }
        }
        if (!unlinked.isEmpty()) {
            count(formatName, "unlinked", recordCount);
            List<Problem.InvalidParam> errors = new ArrayList<>();
            unlinked.forEach((account, indexes) -> indexes.forEach(index ->
                    errors.add(new Problem.InvalidParam(index, "account", "no person linked account " + account))));
            throw new ProblemException(Problem.of(422, "unlinked-accounts", "Unlinked accounts",
                    "No MesInfos person linked the accounts " + unlinked.keySet()
                            + "; their records are refused and nothing of this batch was published.")
                    .withErrors(errors));
        }
        return records;
    }

    private PushReceipt receipt(String formatName, int recordCount, List<ProducerRecord<String, CloudEvent>> records) {
        count(formatName, "accepted", recordCount);
        metrics.counter("mesinfos.ingest.events", "format", formatName).increment(records.size());
        return new PushReceipt(formatName, recordCount, records.size(),
                records.stream().map(r -> r.value().getId()).toList());
    }

    private static Throwable unavailable(Throwable cause) {
        LOG.warnf("Kafka did not acknowledge a batch: %s", cause.getClass().getSimpleName());
        return new ProblemException(Problem.of(503, "kafka-unavailable", "Event store unavailable",
                "Kafka did not acknowledge every event of this batch: it is not accepted. Push the same batch again "
                        + "after the Retry-After delay; its events keep their ids and are stored once."))
                .withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }

    private ProblemException tooLarge(String what, int size, int max) {
        return new ProblemException(Problem.of(413, "batch-too-large", "Batch too large",
                "This batch has " + size + " " + what + "; at most " + max + " are accepted per push. Split it."));
    }

    private void count(String formatName, String outcome, int records) {
        metrics.counter("mesinfos.ingest.records", "format", formatName, "outcome", outcome).increment(records);
    }

}
