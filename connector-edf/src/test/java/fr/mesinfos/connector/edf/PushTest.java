package fr.mesinfos.connector.edf;

import fr.mesinfos.connector.testing.PushContract;
import fr.mesinfos.events.Category;
import io.quarkus.test.junit.QuarkusTest;

/** Enedis pushes Data Connect load curves; the shared push guarantees hold. */
@QuarkusTest
class PushTest extends PushContract {

    static String reading(String prm, String day, String... valuesAndDates) {
        StringBuilder readings = new StringBuilder();
        for (int i = 0; i < valuesAndDates.length; i += 2) {
            readings.append(i == 0 ? "" : ",").append("{\"value\":").append(valuesAndDates[i]).append(",\"date\":\"")
                    .append(valuesAndDates[i + 1]).append("\",\"interval_length\":\"PT30M\",\"measure_type\":\"B\"}");
        }
        String next = java.time.LocalDate.parse(day).plusDays(1).toString();
        return "{\"meter_reading\":{\"usage_point_id\":\"" + prm + "\",\"start\":\"" + day + "\",\"end\":\"" + next
                + "\",\"quality\":\"BRUT\",\"reading_type\":{\"unit\":\"W\",\"measurement_kind\":\"power\","
                + "\"aggregate\":\"average\"},\"interval_reading\":[" + readings + "]}}";
    }

    @Override
    protected String partner() {
        return "edf";
    }

    @Override
    protected String otherPartner() {
        return "orange";
    }

    @Override
    protected String format() {
        return "enedis-load-curve";
    }

    @Override
    protected String topic() {
        return Category.EDF_LOAD_CURVE.topic();
    }

    @Override
    protected String account() {
        return "09876543210123";
    }

    @Override
    protected String validBatch(String account) {
        return "[" + reading(account, "2017-08-17", "\"230\"", "2017-08-17 00:30:00", "\"258\"", "2017-08-17 01:00:00",
                "\"192\"", "2017-08-17 01:30:00") + "]";
    }

    @Override
    protected int validBatchEvents() {
        return 3;
    }

    @Override
    protected String invalidBatch(String account) {
        return "[" + reading(account, "2017-08-18", "\"230\"", "2017-08-18 00:30:00") + ","
                + reading(account, "2017-08-19", "\"230\"", "2017-08-19 00:30:00", "\"12a\"", "2017-08-19 01:00:00") + "]";
    }

    @Override
    protected int invalidIndex() {
        return 1;
    }

    @Override
    protected String invalidField() {
        return "/meter_reading/interval_reading/1/value";
    }
}
