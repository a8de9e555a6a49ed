package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.ElectricityInvoice;
import fr.mesinfos.events.payload.ElectricityInvoice.InvoiceType;

/**
 * EDF electricity invoices (facture_electricite.json). EDF names the customer, not the meter, so the partner adds the
 * PRM of the invoiced supply as usagePointId.
 */
@ApplicationScoped
public class InvoicesFormat implements PartnerFormat {
    static final Map<String, InvoiceType> TITLES = Map.of(
            "FACTURE_CYCLIQUE", InvoiceType.CYCLIC,
            "FACTURE_INTERMEDIAIRE", InvoiceType.INTERMEDIATE,
            "FACTURE_RESILIATION", InvoiceType.TERMINATION,
            "FACTURE_REDRESSEMENT", InvoiceType.ADJUSTMENT,
            "FACTURE_RECTIFICATIVE", InvoiceType.CORRECTIVE,
            "FACTURE_ANNULATION", InvoiceType.CANCELLATION,
            "FACTURE_SOUSCRIPTION", InvoiceType.SUBSCRIPTION,
            "FACTURE_REGUL_ECHEANCIER", InvoiceType.PAYMENT_PLAN_SETTLEMENT,
            "FACTURE_SERVICES", InvoiceType.SERVICES,
            "FACTURE_DEMENSUALISATION", InvoiceType.END_OF_MONTHLY_PAYMENT);

    @Override
    public String name() {
        return "invoices";
    }

    @Override
    public String description() {
        return "EDF electricity invoices (number, dates, amounts, title), with the PRM of the invoiced supply added as"
                + " usagePointId";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        f.expect(record, "", "vendor", false, "EDF", "this connector maps EDF invoices only");
        String prm = f.prm(record, "", "usagePointId");
        String number = f.text(record, "", "number", true);
        if (number != null && !number.matches("[0-9A-Z]{6,20}")) {
            f.error("/number", "must be 6 to 20 digits or capital letters");
        }
        String clientId = f.digits(record, "", "clientId", true, 6, 20);
        LocalDate issued = issueDate(f, record);
        LocalDate due = f.date(record, "", "paymentDueDate", true);
        if (issued != null && due != null && due.isBefore(issued)) {
            f.error("/paymentDueDate", "must not be before the invoice date");
        }
        LocalDate scheduled = f.date(record, "", "scheduledPaymentDate", false);
        BigDecimal amount = f.decimal(record, "", "value", true);
        BigDecimal balance = f.decimal(record, "", "balanceBeforeInvoice", false);
        BigDecimal total = f.decimal(record, "", "totalPaymentDue", true);
        InvoiceType type = f.code(record, "", "title", true, TITLES);
        String document = f.text(record, "", "pdfurl", false);
        if (f.hasErrors()) {
            return List.of();
        }
        // EDF bills in euros only; its records carry no currency
        return List.of(new Mapped(prm, new ElectricityInvoice(number, clientId, issued, due, scheduled, amount, balance,
                total, "EUR", type, null, document)));
    }

    /**
     * EDF writes the invoice date as a UTC date-time at midnight ("yyyy-MM-ddT00:00:00.000Z"); a plain yyyy-MM-dd is
     * accepted too. The date is the Europe/Paris day of that instant (00:00Z is 01:00 or 02:00 in Paris: the same day).
     */
    private static LocalDate issueDate(Fields f, JsonNode record) {
        String text = f.text(record, "", "date", true);
        if (text == null) {
            return null;
        }
        if (Fields.DATE.matcher(text).matches()) {
            return f.date(text, "/date");
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).atZoneSameInstant(ParisTime.ZONE)
                    .toLocalDate();
        } catch (DateTimeException e) {
            f.error("/date", "must be a calendar date, written yyyy-MM-dd or as an ISO-8601 date-time with offset"
                    + " (yyyy-MM-ddTHH:mm:ss.SSSZ)");
            return null;
        }
    }
}
