package fr.mesinfos.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import fr.mesinfos.events.Category;
import fr.mesinfos.testkit.SharedInfrastructure;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.testkit.Workspace;

/**
 * Issue 5's gate benchmark: the gate's input rate (partner events per second in, exactly-once) with 0, 1 and 3 apps
 * holding consents of the persons, against Kafka's own consumer-to-producer copy of the same events in the same run;
 * then the time from a withdrawal call's return to the last event the app still received under that consent.
 */
public final class GateBenchmark {
    private static final Logger LOG = Logger.getLogger(GateBenchmark.class);
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(3);
    private static final String REGISTERED_APP = "gate-benchmark-app";
    /** The apps taking consents in turn: the realm's two demo apps, then one registered through the API. */
    private static final List<String> APPS = List.of("demo-energy-coach", "demo-budget-helper", REGISTERED_APP);

    /** The run's settings, from system properties prefixed gate. */
    record Settings(int events, int warmup, int persons, List<Integer> apps, int withdrawals, int rate, Duration steady,
            Duration after, Path root) {
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("gate.events", 100_000), Integer.getInteger("gate.warmup", 20_000),
                    Integer.getInteger("gate.persons", 50),
                    java.util.Arrays.stream(System.getProperty("gate.apps", "0,1,3").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                    Integer.getInteger("gate.withdrawals", 5), Integer.getInteger("gate.rate", 200),
                    Duration.ofMillis(Long.getLong("gate.steadyMs", 1_000)), Duration.ofMillis(Long.getLong("gate.afterMs", 3_000)),
                    Optional.ofNullable(System.getProperty("gate.root")).filter(s -> !s.isBlank()).map(Path::of)
                            .map(p -> p.toAbsolutePath().normalize()).orElseGet(Workspace::root));
        }
    }

    /** One round's figures: the baseline copy, the gate, and what the gate delivered and skipped. */
    record Round(int apps, Throughput.Result copy, Throughput.Result gate, double delivered, double skipped, long appTopicBytes) {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(Settings.fromSystemProperties());
            status = 0;
        } catch (Exception e) {
            LOG.error("Gate benchmark failed", e);
        }
        System.exit(status); // the shutdown hooks stop Kafka, Keycloak and PostgreSQL, whatever happened
    }

    private static void run(Settings settings) throws Exception {
        Map<String, String> infrastructure = new LinkedHashMap<>();
        infrastructure.putAll(SharedInfrastructure.kafka());
        infrastructure.putAll(SharedInfrastructure.keycloak());
        infrastructure.putAll(SharedInfrastructure.postgres("consent_service"));
        infrastructure.entrySet().removeIf(e -> e.getKey().startsWith("mesinfos.") && (e.getKey().endsWith("description")
                || e.getKey().endsWith("-base") || e.getKey().endsWith("token-endpoint")));
        String keycloak = infrastructure.get("quarkus.oidc.auth-server-url").replaceFirst("/realms/mesinfos/?$", "");
        LOG.infof("Gate benchmark: %s", settings);
        String loadBefore = VaultReport.loadAverage();

        List<BenchmarkPersons.Person> persons = BenchmarkPersons.ensure(keycloak, settings.persons());
        List<String> personIds = persons.stream().map(BenchmarkPersons.Person::id).toList();
        Map<String, String> appSecrets = new LinkedHashMap<>();
        List<Round> rounds = new ArrayList<>();
        List<Withdrawals.Result> withdrawals = new ArrayList<>();
        GateUnderTest gate = GateUnderTest.start(settings.root(), infrastructure, "consent-service-gate-benchmark-setup", log("gate-setup"));
        try (LoadCurveTopic topic = new LoadCurveTopic()) {
            gate.process().awaitReady(Duration.ofSeconds(120)); // creates consent.state.v1 and the partner topics
            appSecrets.put(REGISTERED_APP, new ConsentApi(gate.process().url()).register(Tokens.user(TestUsers.DEVELOPER), REGISTERED_APP));
            int consented = 0;
            for (int round = 1; round <= settings.apps().size(); round++) {
                int apps = settings.apps().get(round - 1);
                // the consents of this round's apps, through the API, on the previous (running) service; published before it stops
                for (; consented < apps; consented++) {
                    grant(new ConsentApi(gate.process().url()), APPS.get(consented), appSecrets, persons);
                }
                if (apps > 0) {
                    ConsentStates.awaitActive(personIds, APPS.subList(0, apps), Duration.ofMinutes(1));
                }
                gate.close();
                String applicationId = "consent-service-gate-benchmark-" + round; // the consent service's Kafka grants cover consent-service*
                Map<TopicPartition, Long> base = topic.placeAtEnd(applicationId);
                List<LoadCurves.Fact> facts = LoadCurves.round(round, settings.warmup() + settings.events(), personIds);
                topic.produce(facts);
                long baseSum = base.values().stream().mapToLong(Long::longValue).sum();
                Throughput.Result copy = CopyBaseline.run("Kafka copy, " + apps + " apps", topic.admin(), base,
                        settings.warmup(), facts.size());
                long appBytesBefore = AppTopicBytes.of(topic.admin());
                gate = GateUnderTest.start(settings.root(), infrastructure, applicationId, log("gate-round-" + round));
                Throughput.Result in = gate.measureInput("gate, " + apps + " apps", topic, baseSum, settings.warmup(), facts.size(), ROUND_TIMEOUT);
                gate.process().awaitReady(Duration.ofSeconds(60));
                double delivered = checkDeliveries(gate, apps, facts.size());
                rounds.add(new Round(apps, copy, in, delivered, gate.metric("mesinfos_gate_skipped_total", ""),
                        AppTopicBytes.of(topic.admin()) - appBytesBefore));
                LOG.infof("Round %d: %s; %s", round, copy, in);
            }
            // the last round's service (its gate caught up, every consent in its store) carries the withdrawals
            try (Withdrawals stream = new Withdrawals(topic.admin(), new ConsentApi(gate.process().url()), TestUsers.GERMAINE,
                    APPS.get(0), settings.rate())) {
                for (int run = 1; run <= settings.withdrawals(); run++) {
                    withdrawals.add(stream.once(run, settings.steady(), settings.after()));
                    LOG.infof("Withdrawal %d: %s", run, withdrawals.getLast());
                }
            }
        } finally {
            gate.close();
        }
        Reports.write("gate-benchmark.md", GateReport.markdown(settings, loadBefore, rounds, withdrawals));
    }

    /** Every person consents to the app (ACTIVE) through the API: the app asks, the person approves with their own token. */
    private static void grant(ConsentApi api, String app, Map<String, String> secrets, List<BenchmarkPersons.Person> persons) throws Exception {
        String appToken = secrets.containsKey(app) ? Tokens.client(app, secrets.get(app)) : Tokens.app(app);
        for (BenchmarkPersons.Person person : persons) {
            String id = api.request(appToken, person.id(), List.of(Category.EDF_LOAD_CURVE.id()));
            api.approve(person.token(), id);
        }
    }

    /** Each consented app got every event of the round exactly once (the gate's own counter of this process): the total delivered. */
    private static double checkDeliveries(GateUnderTest gate, int apps, int events) throws Exception {
        double total = 0;
        for (String app : APPS) {
            double delivered = gate.metric("mesinfos_gate_delivered_total", "app=\"" + app + "\"");
            double expected = APPS.indexOf(app) < apps ? events : 0;
            if (delivered != expected) {
                throw new IllegalStateException(app + " got " + delivered + " events, expected " + expected);
            }
            total += delivered;
        }
        return total;
    }

    private static Path log(String name) {
        return Workspace.root().resolve("benchmarks/target/" + name + ".log");
    }
}
