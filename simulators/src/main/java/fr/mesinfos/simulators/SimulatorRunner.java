package fr.mesinfos.simulators;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills a running platform as the pilot's partners would: N simulated testers created in Keycloak, their accounts
 * linked by themselves on each connector, then each partner pushing D days of their data in its own formats, with its
 * own credentials, in batches of about 1,000 events, with a progress line per partner every few seconds.
 */
public final class SimulatorRunner {
    private static final String PREFIX = "simulators.";

    /**
     * What to simulate and where the platform is. connectors maps each partner to simulate (edf, orange, maif) to its
     * connector's base URL; concurrency is the number of pushes in flight per partner.
     */
    public record Options(int persons, int days, LocalDate start, long seed, String keycloak,
            Map<String, String> connectors, int concurrency, int progressSeconds) {

        public Options {
            if (persons < 0 || persons > 9_999_999 || days < 1 || concurrency < 1 || progressSeconds < 1) {
                throw new IllegalArgumentException("persons 0 to 9,999,999, days, concurrency and progress at least 1");
            }
            connectors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(connectors));
            for (String partner : connectors.keySet()) {
                if (!Feed.PARTNERS.contains(partner)) {
                    throw new IllegalArgumentException("unknown partner " + partner + " (known: " + Feed.PARTNERS + ")");
                }
            }
        }

        /** The defaults: 2,000 persons, the 14 days ending yesterday, seed 42, every partner on the local run's ports. */
        public static Options defaults() {
            return parse();
        }

        /**
         * Options from --name value arguments, else the system property simulators.name, else the default: persons
         * (2000), days (14), start (yyyy-MM-dd; the days ending yesterday, Paris time), seed (42), keycloak
         * (http://127.0.0.1:8180), orange / edf / maif (http://127.0.0.1:8081 / 8082 / 8083), partners (edf,orange,maif),
         * concurrency (4), progress (seconds between progress lines, 3).
         */
        public static Options parse(String... args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("options are --name value pairs; got " + args[i]);
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            List<String> known = List.of("persons", "days", "start", "seed", "keycloak", "orange", "edf", "maif", "partners",
                    "concurrency", "progress");
            for (String name : given.keySet()) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name + " (known: " + known + ")");
                }
            }
            int days = Integer.parseInt(option(given, "days", "14"));
            String start = option(given, "start", null);
            Map<String, String> connectors = new LinkedHashMap<>();
            for (String partner : option(given, "partners", String.join(",", Feed.PARTNERS)).split(",")) {
                String name = partner.trim();
                String port = switch (name) {
                    case "orange" -> "8081";
                    case "edf" -> "8082";
                    case "maif" -> "8083";
                    default -> throw new IllegalArgumentException("unknown partner " + name + " (known: " + Feed.PARTNERS + ")");
                };
                connectors.put(name, option(given, name, "http://127.0.0.1:" + port));
            }
            return new Options(Integer.parseInt(option(given, "persons", "2000")), days,
                    start == null ? LocalDate.now(Calendar.PARIS).minusDays(days) : LocalDate.parse(start),
                    Long.parseLong(option(given, "seed", "42")), option(given, "keycloak", "http://127.0.0.1:8180"),
                    connectors, Integer.parseInt(option(given, "concurrency", "4")),
                    Integer.parseInt(option(given, "progress", "3")));
        }

        private static String option(Map<String, String> given, String name, String fallback) {
            return given.getOrDefault(name, System.getProperty(PREFIX + name, fallback));
        }
    }

    /** What a run did: events accepted per partner, and how long it took. */
    public record Summary(int persons, Map<String, Long> eventsAccepted, Duration took) {
    }

    private SimulatorRunner() {
    }

    public static void main(String[] args) {
        try {
            run(Options.parse(args));
        } catch (IllegalArgumentException e) {
            System.err.println("[simulators] " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("[simulators] failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Runs the whole simulation and returns once every batch was accepted (202); throws at the first refusal, with
     * the connector's or Keycloak's answer in the message. Running it again with the same options pushes the same
     * events (same ids), which the vault stores once.
     */
    public static Summary run(Options options) throws InterruptedException {
        long started = System.nanoTime();
        List<Persona> personas = IntStream.rangeClosed(1, options.persons()).mapToObj(i -> Persona.of(options.seed(), i)).toList();
        System.out.println("[simulators] " + options.persons() + " persons, " + options.days() + " days from "
                + options.start() + ", seed " + options.seed() + ", partners " + options.connectors().keySet());
        Map<String, Long> accepted = new LinkedHashMap<>();
        if (personas.isEmpty()) {
            return new Summary(0, accepted, Duration.ZERO);
        }
        Testers testers = new Testers(options.keycloak());

        try (Progress progress = new Progress("accounts", personas.size(), options.progressSeconds())) {
            inParallel(2 * options.concurrency(), personas.stream().<Runnable>map(persona -> () -> {
                testers.ensure(persona);
                String token = testers.personToken(persona);
                options.connectors().forEach((partner, url) -> link(url, token, Feed.account(persona, partner)));
                progress.personsDone(1);
            }).toList());
        }

        List<Runnable> partners = new ArrayList<>();
        Map<String, Progress> progresses = new LinkedHashMap<>();
        options.connectors().forEach((partner, url) -> {
            Progress progress = new Progress(partner, personas.size(), options.progressSeconds());
            progresses.put(partner, progress);
            Pusher pusher = new Pusher(partner, url, () -> testers.partnerToken(partner), progress);
            partners.add(() -> {
                try (progress) {
                    pushPartner(partner, pusher, progress, personas, options);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            });
        });
        inParallel(partners.size(), partners);
        progresses.forEach((partner, progress) -> accepted.put(partner, progress.events()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("[simulators] done in " + took.toSeconds() + " s: events accepted " + accepted);
        return new Summary(personas.size(), accepted, took);
    }

    /** One partner's formats, one after the other, each pushed for every persona by a few concurrent workers. */
    private static void pushPartner(String partner, Pusher pusher, Progress progress, List<Persona> personas, Options options)
            throws InterruptedException {
        for (Feed feed : Feed.of(partner, options.seed(), options.start(), options.days())) {
            progress.stage(feed.format());
            // enough personas per task for a few full batches, so that few batches are left part-filled
            int perPersona = Math.max(1, feed.records().apply(personas.get(0)).stream().mapToInt(feed.events()).sum());
            int chunk = Math.clamp(4L * Batches.TARGET_EVENTS / perPersona, 1, 1_000);
            List<Runnable> tasks = new ArrayList<>();
            for (int from = 0; from < personas.size(); from += chunk) {
                List<Persona> group = personas.subList(from, Math.min(personas.size(), from + chunk));
                tasks.add(() -> {
                    List<ObjectNode> records = new ArrayList<>();
                    group.forEach(persona -> records.addAll(feed.records().apply(persona)));
                    for (Batches.Batch batch : Batches.of(records, feed.events(), Batches.TARGET_EVENTS)) {
                        pusher.push(feed.format(), batch);
                    }
                    progress.personsDone(group.size());
                });
            }
            inParallel(options.concurrency(), tasks);
        }
    }

    private static void link(String connector, String personToken, String account) {
        Http.Answer answer = Http.postJson(connector + "/api/v1/links", personToken, "{\"account\":\"" + account + "\"}");
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException("linking an account on " + connector + ": " + answer.status() + " " + answer.body());
        }
    }

    /** Runs the tasks on a few threads; the first failure cancels the rest and is thrown. */
    private static void inParallel(int threads, List<Runnable> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
