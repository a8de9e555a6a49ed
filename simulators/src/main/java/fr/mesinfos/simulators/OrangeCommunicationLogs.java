package fr.mesinfos.simulators;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A phone's calls and SMS of one day as Orange delivered them (format communication-logs,
 * fr.orange.phonecommunicationlog), in the pilot's shape: a few a day with a handful of regular correspondents, the
 * cell where the phone was, voicemail calls with no network.
 */
public final class OrangeCommunicationLogs {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final String[] NETWORKS = {"3G", "4G", "4G", "4G", "2G"};

    private OrangeCommunicationLogs() {
    }

    /** The day's calls and SMS, in chronological order, between 8:00 and 22:00 local time. */
    public static List<ObjectNode> day(long seed, Persona persona, LocalDate day) {
        SplittableRandom random = persona.random(seed, 6, day);
        String[] contacts = contacts(seed, persona);
        double[] outing = OrangeGeopoints.outing(seed, persona, day);
        int count = 1 + random.nextInt(Calendar.weekend(day) ? 4 : 6);
        long dayStart = day.atTime(8, 0).atZone(Calendar.PARIS).toEpochSecond();
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seconds.add(dayStart + random.nextInt(14 * 3600));
        }
        seconds.sort(null);
        List<ObjectNode> logs = new ArrayList<>(count);
        for (long second : seconds) {
            Instant at = Instant.ofEpochSecond(second);
            String timestamp = INSTANT.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            double kind = random.nextDouble();
            String type;
            int length;
            if (kind < 0.30) {
                type = "appel sortant";
                length = 10 + (int) (-180 * Math.log(1 - random.nextDouble()));
            } else if (kind < 0.55) {
                type = "appel entrant";
                length = random.nextInt(10) == 0 ? 0 : 10 + (int) (-200 * Math.log(1 - random.nextDouble()));
            } else if (kind < 0.63) {
                type = "appel entrant renvoyé - vers la boite vocale";
                length = 4 + random.nextInt(30);
            } else if (kind < 0.81) {
                type = "SMS sortant";
                length = 1 + (random.nextInt(6) == 0 ? 1 : 0);
            } else {
                type = "SMS entrant";
                length = 1;
            }
            boolean voicemail = type.endsWith("vocale");
            boolean sms = type.startsWith("SMS");
            ObjectNode log = JSON.objectNode()
                    .put("_id", UUID.nameUUIDFromBytes((persona.msisdn() + timestamp + type).getBytes(StandardCharsets.UTF_8))
                            .toString().replace("-", ""))
                    .put("docTypeVersion", "konnectors_orange_mobile-0.7.9")
                    .put("timestamp", timestamp)
                    .put("msisdn", persona.msisdn())
                    .put("partner", contacts[Math.min(contacts.length - 1, (int) (-2 * Math.log(1 - random.nextDouble())))])
                    .put("length", length)
                    .put("chipType", sms ? "M" : "s")
                    .put("type", type);
            if (voicemail) {
                log.put("networkType", "N/A");
            } else {
                double[] where = OrangeGeopoints.position(seed, persona, at, outing);
                // the serving cell: within a few hundred metres of the phone
                log.put("latitude", round6(where[0] + (random.nextDouble() - 0.5) * 0.006))
                        .put("longitude", round6(where[1] + (random.nextDouble() - 0.5) * 0.008))
                        .put("networkType", NETWORKS[random.nextInt(NETWORKS.length)]);
            }
            log.put("endCause", sms ? "255" : "0").put("docType", "fr.orange.phonecommunicationlog");
            logs.add(log);
        }
        return logs;
    }

    /** The persona's regular correspondents, the most called first: other mobiles, a landline in Lyon. */
    static String[] contacts(long seed, Persona persona) {
        SplittableRandom random = persona.random(seed, 7, null);
        String[] contacts = new String[6];
        for (int i = 0; i < contacts.length; i++) {
            contacts[i] = i == 4 ? String.format("334%08d", 72_000_000 + random.nextInt(8_000_000))
                    : String.format("33%d%08d", 6 + random.nextInt(2), random.nextInt(100_000_000));
        }
        return contacts;
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}
