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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.payload.DailyConsumption;

class BillingStatementsFormatTest {
    private static final String EDELIA = "must not be edelia: Edelia monthly estimates are not billing statements and"
            + " MesInfos has no category for them";
    private final BillingStatementsFormat format = new BillingStatementsFormat();

    private static ObjectNode withPrm(int i) {
        return ((ObjectNode) file("pilot/consommation_electrique.json").get(i).deepCopy()).put("usagePointId", PRM);
    }

    @Test
    void everyPilotRecordIsRefusedAsDocumented() {
        JsonNode pilot = file("pilot/consommation_electrique.json");
        assertEquals(21, pilot.size());
        // the first statement's end is two dates run together
        assertEquals(Map.of("/usagePointId", "is required", "/end", "must be a date written yyyy-MM-dd"),
                refused(format, pilot.get(0)));
        for (int i = 1; i <= 11; i++) {
            assertEquals(Map.of("/usagePointId", "is required"), refused(format, pilot.get(i)), "statement " + i);
        }
        for (int i = 12; i <= 20; i++) {
            assertEquals(Map.of("/statementCategory", EDELIA), refused(format, pilot.get(i)), "Edelia estimate " + i);
        }
    }

    @Test
    void withAPrmAStatementIsItsPeriodInWh() {
        List<CategoryPayload> mapped = payloads(format, withPrm(1));
        // 2015-07-02 to 2016-01-07 inclusive; 680.0 kWh
        assertEquals(List.of(new DailyConsumption(PRM, LocalDate.of(2015, 7, 2), Instant.parse("2015-07-01T22:00:00Z"),
                Instant.parse("2016-01-07T23:00:00Z"), 680_000, DailyConsumption.Origin.EDF_BILLING_STATEMENT,
                DailyConsumption.ReadingType.MEASURED)), mapped);
        DailyConsumption estimated = (DailyConsumption) payloads(format, withPrm(6)).get(0);
        assertEquals(DailyConsumption.ReadingType.ESTIMATED, estimated.readingType());
        assertEquals(627_000, estimated.energyWh());
        assertEquals(Category.EDF_DAILY_CONSUMPTION.eventId(mapped.get(0)),
                Category.EDF_DAILY_CONSUMPTION.eventId(payloads(format, withPrm(1)).get(0)));
    }

    @Test
    void theMalformedEndStaysRefusedWithAPrm() {
        assertEquals(Map.of("/end", "must be a date written yyyy-MM-dd"), refused(format, withPrm(0)));
    }

    @Test
    void invalidFieldsAreNamed() {
        ObjectNode record = withPrm(2).put("statementType", "CALCULE").put("value", "5 59").put("end", "2014-12-31")
                .put("docType", "Invoice");
        assertEquals(Map.of(
                "/statementType", "must be one of [ESTIME, REEL]",
                "/value", "must be a decimal number (digits, optional minus sign and decimal point)",
                "/end", "must not be before start",
                "/docType", "must be ConsumpionStatement: this format maps EDF billing statements only"),
                refused(format, record));
        assertEquals(Map.of("/value", "must not be negative"), refused(format, withPrm(2).put("value", "-1.0")));
    }
}
