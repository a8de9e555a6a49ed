package fr.mesinfos.connector.edf.format;

import static fr.mesinfos.connector.edf.format.Records.PRM;
import static fr.mesinfos.connector.edf.format.Records.file;
import static fr.mesinfos.connector.edf.format.Records.payloads;
import static fr.mesinfos.connector.edf.format.Records.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.payload.DailyConsumption;

class EnedisDailyEnergyFormatTest {
    private static final String P = "/meter_reading/interval_reading/";
    private final EnedisDailyEnergyFormat format = new EnedisDailyEnergyFormat();

    private static ObjectNode fixture() {
        return (ObjectNode) file("dataconnect/daily-consumption-2017-08-17.json").get(0).deepCopy();
    }

    private static ObjectNode reading(ObjectNode record, int i) {
        return (ObjectNode) record.get("meter_reading").get("interval_reading").get(i);
    }

    @Test
    void eachReadingIsOneLocalDayInWh() {
        List<CategoryPayload> days = payloads(format, fixture());
        assertEquals(3, days.size());
        assertEquals(new DailyConsumption(PRM, LocalDate.of(2017, 8, 17), Instant.parse("2017-08-16T22:00:00Z"),
                Instant.parse("2017-08-17T22:00:00Z"), 17051, DailyConsumption.Origin.ENEDIS_DAILY_ENERGY,
                DailyConsumption.ReadingType.MEASURED), days.get(0));
        assertEquals(9870, ((DailyConsumption) days.get(1)).energyWh());
        assertEquals(LocalDate.of(2017, 8, 19), ((DailyConsumption) days.get(2)).date());
    }

    @Test
    void daylightSavingDaysAre23And25Hours() {
        ObjectNode record = fixture();
        ((ObjectNode) record.get("meter_reading")).put("start", "2017-03-26").put("end", "2017-10-30");
        reading(record, 0).put("date", "2017-03-26");
        reading(record, 1).put("date", "2017-10-28");
        reading(record, 2).put("date", "2017-10-29");
        List<CategoryPayload> days = payloads(format, record);
        DailyConsumption spring = (DailyConsumption) days.get(0);
        assertEquals(Instant.parse("2017-03-25T23:00:00Z"), spring.start());
        assertEquals(Instant.parse("2017-03-26T22:00:00Z"), spring.end());
        DailyConsumption autumn = (DailyConsumption) days.get(2);
        assertEquals(Instant.parse("2017-10-28T22:00:00Z"), autumn.start());
        assertEquals(Instant.parse("2017-10-29T23:00:00Z"), autumn.end());
    }

    @Test
    void theSameRecordTwiceGivesTheSameEventIds() {
        assertEquals(payloads(format, fixture()).stream().map(Category.EDF_DAILY_CONSUMPTION::eventId).toList(),
                payloads(format, fixture()).stream().map(Category.EDF_DAILY_CONSUMPTION::eventId).toList());
    }

    @Test
    void invalidReadingsAreNamed() {
        ObjectNode record = fixture();
        reading(record, 0).put("value", "17 051");
        reading(record, 1).put("date", "2017-08-32");
        reading(record, 2).put("date", "2017-08-20");
        assertEquals(Map.of(
                P + "0/value", "must be a decimal number (digits, optional minus sign and decimal point)",
                P + "1/date", "is not a calendar date",
                P + "2/date", "must be on or after start and before end of the meter reading"), refused(format, record));
        record = fixture();
        reading(record, 2).put("date", "2017-08-18");
        ((ObjectNode) record.get("meter_reading").get("reading_type")).put("unit", "kWh");
        assertEquals(Map.of(
                P + "2/date", "must be after the previous reading's date: readings come in chronological order, each day once",
                "/meter_reading/reading_type/unit", "must be Wh: daily consumption is an energy"), refused(format, record));
    }

    @Test
    void thePilotsOlderShapeIsTheLegacyFormat() {
        assertEquals(Map.of("/meter_reading", "is required"), refused(format, file("pilot/enedis_energy.json").get(0)));
    }
}
