package fr.mesinfos.simulators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One native format a partner pushes (POST /api/v1/push/{format}): a persona's records of it over the simulated days,
 * and how many events the connector makes of each record (what batches are sized by).
 */
public record Feed(String partner, String format, Function<Persona, List<ObjectNode>> records, ToIntFunction<JsonNode> events) {

    public static final List<String> PARTNERS = List.of("edf", "orange", "maif");

    /** A partner's feeds, in the order they are pushed (a contract before its readings). */
    public static List<Feed> of(String partner, long seed, LocalDate start, int days) {
        ToIntFunction<JsonNode> one = record -> 1;
        ToIntFunction<JsonNode> readings = record -> record.get("meter_reading").get("interval_reading").size();
        return switch (partner) {
            case "edf" -> List.of(
                    new Feed(partner, "contract", p -> List.of(EdfContracts.of(seed, p, start)), one),
                    new Feed(partner, "enedis-load-curve", p -> eachDay(start, days, day -> List.of(EnedisLoadCurves.day(seed, p, day))), readings),
                    new Feed(partner, "enedis-daily-energy", p -> List.of(EnedisDailyEnergies.of(seed, p, start, days)), readings));
            case "orange" -> List.of(
                    new Feed(partner, "geopoints", p -> eachDay(start, days, day -> OrangeGeopoints.day(seed, p, day)), one),
                    new Feed(partner, "communication-logs", p -> eachDay(start, days, day -> OrangeCommunicationLogs.day(seed, p, day)), one));
            case "maif" -> List.of(
                    new Feed(partner, "member-file", p -> List.of(MaifMemberFiles.of(seed, p)), record -> record.get("contrat").size()),
                    new Feed(partner, "claims", p -> MaifClaims.of(seed, p, start, days), one));
            default -> throw new IllegalArgumentException("unknown partner " + partner + " (known: " + PARTNERS + ")");
        };
    }

    /** The persona's account at a partner: what the person links and what the partner's records are filed under. */
    public static String account(Persona persona, String partner) {
        return switch (partner) {
            case "edf" -> persona.prm();
            case "orange" -> persona.msisdn();
            case "maif" -> persona.memberNumber();
            default -> throw new IllegalArgumentException("unknown partner " + partner + " (known: " + PARTNERS + ")");
        };
    }

    private static List<ObjectNode> eachDay(LocalDate start, int days, Function<LocalDate, List<ObjectNode>> day) {
        List<ObjectNode> records = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            records.addAll(day.apply(start.plusDays(d)));
        }
        return records;
    }
}
