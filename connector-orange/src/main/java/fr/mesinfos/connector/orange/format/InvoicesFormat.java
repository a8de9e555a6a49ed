package fr.mesinfos.connector.orange.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.payload.PhoneInvoice;

/**
 * Bills and purchases Orange delivers for a line (factures_telephone.json) to orange.invoices. The pilot's records
 * name no line, so Orange adds the msisdn of the line to each record: without it the record has no owner.
 */
@ApplicationScoped
public class InvoicesFormat implements PartnerFormat {
    private static final Set<String> FIELDS = Set.of("msisdn", "type", "date", "vendor", "amount", "currency");
    // the pilot's invoices carry no currency: every amount of the pilot is in euros
    static final String DEFAULT_CURRENCY = "EUR";

    @Override
    public String name() {
        return "invoices";
    }

    @Override
    public String description() {
        return "Bills and purchases of an Orange line (type, date, vendor, amount in euros), with the msisdn of the line"
                + " added to each record";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        f.onlyKnown(record, "", FIELDS);
        String msisdn = f.msisdn(record, "msisdn", "is required: Orange adds to each invoice record the phone number"
                + " of the line it belongs to (the pilot's export names none)");
        String type = f.text(record, "", "type", true);
        Instant issuedAt = f.instant(record, "", "date", true);
        // any vendor: the pilot's line also pays third parties (vente-privee.com, Uber) through Orange
        String vendor = f.text(record, "", "vendor", true);
        BigDecimal amount = amount(f, record);
        String currency = currency(f, record);
        if (f.hasErrors()) {
            return List.of();
        }
        return List.of(new Mapped(msisdn, new PhoneInvoice(issuedAt, vendor, amount, currency, type)));
    }

    private static BigDecimal amount(Fields f, JsonNode record) {
        BigDecimal amount = f.decimal(record, "", "amount", true);
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            // a credit note or refund is not an invoice of this format; it would be read as a purchase
            f.error("/amount", "must not be negative");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            f.error("/amount", "must have at most 2 decimals");
            return null;
        }
        return amount;
    }

    private static String currency(Fields f, JsonNode record) {
        String currency = f.text(record, "", "currency", false);
        if (currency == null) {
            return DEFAULT_CURRENCY;
        }
        if (!currency.matches("[A-Z]{3}")) {
            f.error("/currency", "must be an ISO 4217 code of 3 capital letters, e.g. EUR");
            return null;
        }
        return currency;
    }
}
