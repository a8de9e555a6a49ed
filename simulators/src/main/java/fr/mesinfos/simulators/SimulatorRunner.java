package fr.mesinfos.simulators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills a running platform as the pilot's partners would: N simulated testers created in Keycloak, their accounts
 * linked by themselves on each connector, then each partner pushing D days of their data in its own format, with
 * its own credentials, in batches of about 1,000 events.
 */
public final class SimulatorRunner {
    private static final int EVENTS_PER_BATCH = 1_000;

    /** What to simulate and where the platform is. */
    public record Options(int persons, int days, LocalDate start, long seed, String keycloak,
            Map<String, String> connectors, int concurrency) {

        public static Options parse(String... args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("options are --name value: " + args[i]);
                }
                given.put(args[i].substring(2), args[++i]);
            }
            int days = Integer.parseInt(given.getOrDefault("days", "14"));
            LocalDate start = given.containsKey("start") ? LocalDate.parse(given.get("start"))
                    : LocalDate.now(Calendar.PARIS).minusDays(days);
            Map<String, String> connectors = new LinkedHashMap<>();
            connectors.put("edf", given.getOrDefault("edf", "http://127.0.0.1:8082"));
            connectors.put("orange", given.getOrDefault("orange", "http://127.0.0.1:8081"));
            connectors.put("maif", given.getOrDefault("maif", "http://127.0.0.1:8083"));
            if (given.containsKey("partners")) {
                connectors.keySet().retainAll(List.of(given.get("partners").split(",")));
            }
            return new Options(Integer.parseInt(given.getOrDefault("persons", "2000")), days, start,
                    Long.parseLong(given.getOrDefault("seed", "42")), given.getOrDefault("keycloak", "http://127.0.0.1:8180"),
                    connectors, Integer.parseInt(given.getOrDefault("concurrency", "4")));
        }
    }

    private SimulatorRunner() {
    }

    public static void main(String[] args) throws Exception {
        run(Options.parse(args));
    }

    /** Runs the whole simulation; returns when every batch was accepted (202), throws at the first refusal. */
    public static void run(Options options) throws Exception {
        List<Persona> personas = IntStream.rangeClosed(1, options.persons()).mapToObj(i -> Persona.of(options.seed(), i)).toList();
        Testers testers = new Testers(options.keycloak());
        System.out.println("[simulators] " + options.persons() + " persons, " + options.days() + " days from "
                + options.start() + ", seed " + options.seed() + ", partners " + options.connectors().keySet());

        Progress linking = new Progress("accounts", personas.size());
        parallel(options.concurrency(), personas, persona -> {
            testers.ensure(persona);
            String token = testers.personToken(persona);
            options.connectors().forEach((partner, url) -> link(url, token, account(persona, partner)));
            linking.personsDone(1);
        });
        linking.finish();

        for (Map.Entry<String, String> connector : options.connectors().entrySet()) {
            Pusher pusher = new Pusher(connector.getKey(), connector.getValue(), testers, new Progress(connector.getKey(), personas.size()));
            parallel(options.concurrency(), chunks(personas, 10), chunk -> {
                for (ArrayNode batch : batches(connector.getKey(), chunk, options)) {
                    pusher.push(batch);
                }
                pusher.progress().personsDone(chunk.size());
            });
            pusher.progress().finish();
        }
    }

    static String account(Persona persona, String partner) {
        return switch (partner) {
            case "edf" -> persona.prm();
            case "orange" -> persona.msisdn();
            case "maif" -> persona.memberNumber();
            default -> throw new IllegalArgumentException("unknown partner " + partner);
        };
    }

    /** The push batches of a group of personas for one partner: about 1,000 events each. */
    static List<ArrayNode> batches(String partner, List<Persona> personas, Options options) {
        List<ArrayNode> batches = new ArrayList<>();
        ArrayNode current = Http.JSON.createArrayNode();
        int events = 0;
        for (Persona persona : personas) {
            List<ObjectNode> records = new ArrayList<>();
            switch (partner) {
                case "edf" -> forEachDay(options, day -> records.add(EnedisLoadCurves.day(options.seed(), persona, day)));
                case "orange" -> forEachDay(options, day -> records.addAll(OrangeGeopoints.day(options.seed(), persona, day)));
                case "maif" -> records.add(MaifMemberFiles.of(options.seed(), persona));
                default -> throw new IllegalArgumentException("unknown partner " + partner);
            }
            for (ObjectNode record : records) {
                int weight = record.has("meter_reading") ? record.get("meter_reading").get("interval_reading").size() : 1;
                if (events + weight > EVENTS_PER_BATCH && !current.isEmpty()) {
                    batches.add(current);
                    current = Http.JSON.createArrayNode();
                    events = 0;
                }
                current.add(record);
                events += weight;
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static void forEachDay(Options options, Consumer<LocalDate> action) {
        for (int d = 0; d < options.days(); d++) {
            action.accept(options.start().plusDays(d));
        }
    }

    private static void link(String connector, String personToken, String account) {
        Http.Answer answer = Http.postJson(connector + "/api/v1/links", personToken, "{\"account\":\"" + account + "\"}");
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException("linking an account on " + connector + ": " + answer.status() + " " + answer.body());
        }
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }

    private static <T> void parallel(int threads, List<T> items, Consumer<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (T item : items) {
                done.add(pool.submit(() -> work.accept(item)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One partner's pushes: its token (renewed before it expires), retries on 503 as Retry-After says. */
    static final class Pusher {
        private final String partner;
        private final String url;
        private final Testers testers;
        private final Progress progress;
        private String token;
        private Instant tokenUntil = Instant.EPOCH;

        Pusher(String partner, String connector, Testers testers, Progress progress) {
            this.partner = partner;
            this.url = connector;
            this.testers = testers;
            this.progress = progress;
        }

        Progress progress() {
            return progress;
        }

        private synchronized String token() {
            if (Instant.now().isAfter(tokenUntil)) {
                token = testers.partnerToken(partner);
                tokenUntil = Instant.now().plusSeconds(240); // tokens of the realm last 5 minutes
            }
            return token;
        }

        void push(ArrayNode batch) {
            String format = switch (partner) {
                case "edf" -> "enedis-load-curve";
                case "orange" -> "geopoints";
                case "maif" -> "member-file";
                default -> throw new IllegalArgumentException(partner);
            };
            String body = batch.toString();
            for (int attempt = 1; ; attempt++) {
                Http.Answer answer = Http.postJson(url + "/api/v1/push/" + format, token(), body);
                if (answer.status() == 202) {
                    progress.eventsAccepted(answer.json().get("events").asInt());
                    return;
                }
                if (answer.status() == 503 && attempt < 5) {
                    pause(answer.raw().headers().firstValue("Retry-After").map(Long::parseLong).orElse(10L));
                    continue;
                }
                throw new IllegalStateException(partner + " refused a batch: " + answer.status() + " " + answer.body());
            }
        }

        private static void pause(long seconds) {
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
