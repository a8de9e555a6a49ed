package fr.mesinfos.e2e;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import fr.mesinfos.testkit.platform.PlatformProcesses;

/** connector-edf as its users reach it: persons link their meter (PRM), EDF pushes Data Connect load curve. */
final class EdfConnector {
    static final String FORMAT = "enedis-load-curve";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PartnerConnector connector;

    EdfConnector(PlatformProcesses platform) {
        this.connector = new PartnerConnector(platform, Service.CONNECTOR_EDF, "edf");
    }

    /** A new meter number (PRM, 14 digits) starting with the prefix (4 digits). */
    static String newPrm(String prefix) {
        StringBuilder prm = new StringBuilder(prefix);
        while (prm.length() < 14) {
            prm.append(ThreadLocalRandom.current().nextInt(10));
        }
        return prm.toString();
    }

    /** The person links the meter with her own token; the expected status (201 created, 200 already hers, ...). */
    void link(TestUsers person, String prm, int status) {
        connector.link(person, prm, status);
    }

    /** The person's links at EDF (accounts). */
    List<String> links(TestUsers person) {
        return connector.links(person);
    }

    /** EDF pushes whole days of half-hours (one meter_reading per day) in one batch; the event ids it was answered. */
    List<String> pushDays(String prm, LocalDate first, int days) {
        StringBuilder batch = new StringBuilder("[");
        for (int d = 0; d < days; d++) {
            batch.append(d == 0 ? "" : ",").append(day(prm, first.plusDays(d), 0, 48));
        }
        return push(batch.append(']').toString());
    }

    /** EDF pushes a batch (a JSON array of Data Connect records); 202 expected; the event ids published. */
    List<String> push(String batch) {
        return connector.push(FORMAT, batch);
    }

    /** EDF pushes a batch the connector must refuse with this status. */
    void pushRefused(String batch, int status) {
        connector.pushRefused(FORMAT, batch, status);
    }

    /** A Data Connect load curve record of one local day, half-hours [from, to) of it (48 on an ordinary day). */
    static String day(String prm, LocalDate day, int from, int to) {
        StringBuilder readings = new StringBuilder();
        LocalDateTime midnight = day.atStartOfDay();
        for (int i = from; i < to; i++) {
            int watts = 300 + (i * 37 + day.getDayOfMonth() * 11) % 1700;
            readings.append(i == from ? "" : ",").append("{\"value\":\"").append(watts).append("\",\"date\":\"")
                    .append(midnight.plusMinutes(30L * (i + 1)).format(LOCAL))
                    .append("\",\"interval_length\":\"PT30M\",\"measure_type\":\"B\"}");
        }
        return "{\"meter_reading\":{\"usage_point_id\":\"" + prm + "\",\"start\":\"" + day + "\",\"end\":\"" + day.plusDays(1)
                + "\",\"quality\":\"BRUT\",\"reading_type\":{\"unit\":\"W\",\"measurement_kind\":\"power\","
                + "\"aggregate\":\"average\"},\"interval_reading\":[" + readings + "]}}";
    }
}
