package fr.mesinfos.connector.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.link.AccountLinks;
import fr.mesinfos.connector.partner.ConnectorPartner;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

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

    public List<String> formatNames() {
        return formats.stream().map(PartnerFormat::name).sorted().toList();
    }

    public PartnerFormat format(String name) {
        return formats.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new ProblemException(
                Problem.of(404, "unknown-format", "Unknown format",
                        "This connector accepts the formats " + formatNames() + ".")));
    }

    public Uni<PushReceipt> ingest(String formatName, JsonNode body) {
        PartnerFormat format = format(formatName);
        if (body == null || !body.isArray()) {
            throw new ProblemException(Problem.of(400, "not-a-batch", "Not a batch",
                    "The body must be a JSON array of " + formatName + " records."));
        }
        if (body.size() > limits.maxRecords()) {
            throw tooLarge("records", body.size(), limits.maxRecords());
        }
        BatchMapper.Result result = BatchMapper.map(format, partner.source(), body);
        if (!result.errors().isEmpty()) {
            count(formatName, "invalid", body.size());
            long invalidRecords = result.errors().stream().map(Problem.InvalidParam::index).distinct().count();
            throw new ProblemException(Problem.of(400, "invalid-records", "Invalid records",
                    invalidRecords + " of " + body.size() + " records are invalid; nothing of this batch was published.")
                    .withErrors(result.errors()));
        }
        if (result.mapped().size() > limits.maxEvents()) {
            throw tooLarge("events", result.mapped().size(), limits.maxEvents());
        }
        Set<String> accounts = new LinkedHashSet<>();
        result.mapped().forEach(m -> accounts.add(m.mapped().account()));
        return links.owners(accounts)
                .map(owners -> toRecords(result.mapped(), owners, formatName, body.size()))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(records -> Uni.createFrom().completionStage(() -> publisher.publishAll(records))
                        .onFailure().transform(IngestService::unavailable)
                        .map(done -> receipt(formatName, body.size(), records)));
    }

    private List<ProducerRecord<String, CloudEvent>> toRecords(List<BatchMapper.Indexed> mapped, Map<String, String> owners,
            String formatName, int recordCount) {
        Map<String, List<Integer>> unlinked = new TreeMap<>();
        List<ProducerRecord<String, CloudEvent>> records = new ArrayList<>(mapped.size());
        for (BatchMapper.Indexed one : mapped) {
            String owner = owners.get(one.mapped().account());
            if (owner == null) {
                List<Integer> indexes = unlinked.computeIfAbsent(one.mapped().account(), a -> new ArrayList<>());
                if (indexes.isEmpty() || indexes.get(indexes.size() - 1) != one.index()) {
                    indexes.add(one.index());
                }
            } else if (unlinked.isEmpty()) {
                records.add(EventCodec.encode(owner, one.mapped().payload()));
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
