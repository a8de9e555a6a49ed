package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** orange.invoices: one bill or purchase delivered through the Orange connector. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneInvoice(Instant issuedAt, String vendor, BigDecimal amount, String currency, String invoiceType)
        implements CategoryPayload {

    @Override
    public List<String> naturalKey() {
        return List.of(vendor, issuedAt.toString(), invoiceType, EventJson.plain(amount));
    }

    @Override
    public Instant occurredAt() {
        return issuedAt;
    }
}
