package fr.mesinfos.connector.orange;

/** Orange geopoint batches in Orange's own format (the shape of the pilot's geoloc.json), for the API tests. */
final class GeopointBatches {
    private GeopointBatches() {
    }

    static String fix(String msisdn, String timestamp, double latitude) {
        return "{\"docType\":\"fr.orange.geopoint\",\"docTypeVersion\":\"konnectors_orange_mobile-0.7.9\",\"msisdn\":\""
                + msisdn + "\",\"timestamp\":\"" + timestamp + "\",\"latitude\":" + latitude
                + ",\"longitude\":4.8357,\"radius\":339}";
    }

    /** {@code count} fixes, one a minute from 2016-09-01T08:00Z + {@code offsetMinutes}. */
    static String fixes(String msisdn, int count, int offsetMinutes) {
        StringBuilder batch = new StringBuilder("[");
        java.time.Instant start = java.time.Instant.parse("2016-09-01T08:00:00Z").plusSeconds(60L * offsetMinutes);
        for (int i = 0; i < count; i++) {
            batch.append(i == 0 ? "" : ",").append(fix(msisdn, start.plusSeconds(60L * i).toString(), 45.7578));
        }
        return batch.append(']').toString();
    }
}
