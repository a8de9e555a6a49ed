package fr.mesinfos.connector.edf.format;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The envelope every Enedis Data Connect record shares (load curve, daily energy): the meter_reading object, its
 * usage point (PRM) and the requested start and end days, end after start; read once for both formats.
 */
record DataConnectEnvelope(JsonNode reading, String prm, LocalDate from, LocalDate to) {
    static final String POINTER = "/meter_reading";

    /** The envelope, or null when the record has no meter_reading (the error is already reported). */
    static DataConnectEnvelope read(Fields f, JsonNode record) {
        JsonNode reading = f.object(record, "", "meter_reading", true);
        if (reading == null) {
            return null;
        }
        String prm = f.prm(reading, POINTER, "usage_point_id");
        LocalDate from = f.date(reading, POINTER, "start", true);
        LocalDate to = f.date(reading, POINTER, "end", true);
        if (from != null && to != null && !to.isAfter(from)) {
            f.error(POINTER + "/end", "must be after start");
            to = null;
        }
        return new DataConnectEnvelope(reading, prm, from, to);
    }
}
