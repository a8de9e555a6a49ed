package fr.mesinfos.connector.edf.format;

import static fr.mesinfos.connector.edf.format.Records.PRM;
import static fr.mesinfos.connector.edf.format.Records.file;
import static fr.mesinfos.connector.edf.format.Records.payloads;
import static fr.mesinfos.connector.edf.format.Records.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.payload.ElectricityInvoice;
import fr.mesinfos.events.payload.ElectricityInvoice.InvoiceType;

class InvoicesFormatTest {
    private static final String BAD_DATE = "must be a calendar date, written yyyy-MM-dd or as an ISO-8601 date-time with"
            + " offset (yyyy-MM-ddTHH:mm:ss.SSSZ)";
    private final InvoicesFormat format = new InvoicesFormat();

    private static ObjectNode pilot() {
        return (ObjectNode) file("pilot/facture_electricite.json").get(0).deepCopy();
    }

    /** The pilot invoice with its impossible date corrected and the PRM the partner must add. */
    private static ObjectNode corrected() {
        return pilot().put("date", "2016-03-03T00:00:00.000Z").put("usagePointId", PRM);
    }

    @Test
    void thePilotInvoiceIsRefusedForItsImpossibleDate() {
        JsonNode record = file("pilot/facture_electricite.json").get(0);
        Map<String, String> errors = refused(format, record);
        assertEquals(Map.of("/date", BAD_DATE, "/usagePointId", "is required"), errors);
        Records.reasonsDoNotRepeatValues(record, errors);
        assertEquals(Map.of("/date", BAD_DATE), refused(format, pilot().put("usagePointId", PRM)));
    }

    @Test
    void theCorrectedInvoiceMapsFieldForField() {
        List<CategoryPayload> mapped = payloads(format, corrected());
        assertEquals(List.of(new ElectricityInvoice("12346897654", "6012345678", LocalDate.of(2016, 3, 3),
                LocalDate.of(2016, 4, 1), LocalDate.of(2016, 4, 1), new BigDecimal("30.21"), new BigDecimal("-690.0"),
                new BigDecimal("720.21"), "EUR", InvoiceType.PAYMENT_PLAN_SETTLEMENT, null,
                "72ea620f51048b222fa165dcc228c6df")), mapped);
        assertEquals(Category.EDF_INVOICES.eventId(mapped.get(0)), Category.EDF_INVOICES.eventId(payloads(format, corrected()).get(0)));
    }

    @Test
    void theInvoiceDateIsTheParisDay() {
        assertEquals(LocalDate.of(2016, 3, 3), date(corrected().put("date", "2016-03-03")));
        // local midnight written in UTC is still the Paris day
        assertEquals(LocalDate.of(2016, 3, 3), date(corrected().put("date", "2016-03-02T23:00:00Z")));
        assertEquals(LocalDate.of(2016, 3, 3), date(corrected().put("date", "2016-03-03T00:00:00+01:00")));
    }

    private LocalDate date(JsonNode record) {
        return ((ElectricityInvoice) payloads(format, record).get(0)).issueDate();
    }

    @Test
    void invalidFieldsAreNamed() {
        assertEquals(Map.of("/date", "is not a calendar date"), refused(format, corrected().put("date", "2016-02-30")));
        assertEquals(Map.of("/date", BAD_DATE), refused(format, corrected().put("date", "03/03/2016")));
        ObjectNode record = corrected().put("title", "FACTURE_INCONNUE").put("paymentDueDate", "2016-03-01")
                .put("value", "30,21").put("number", "ab-12").put("vendor", "ENGIE");
        record.remove("clientId");
        Map<String, String> errors = refused(format, record);
        assertEquals(Map.of(
                "/title", "must be one of " + InvoicesFormat.TITLES.keySet().stream().sorted().toList(),
                "/paymentDueDate", "must not be before the invoice date",
                "/value", "must be a decimal number (digits, optional minus sign and decimal point)",
                "/number", "must be 6 to 20 digits or capital letters",
                "/clientId", "is required",
                "/vendor", "must be EDF: this connector maps EDF invoices only"), errors);
    }
}
