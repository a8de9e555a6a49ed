package fr.mesinfos.events.payload;

import fr.mesinfos.events.WireCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** edf.invoices: one EDF electricity invoice. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElectricityInvoice(
        String invoiceNumber,
        String clientId,
        LocalDate issueDate,
        LocalDate dueDate,
        LocalDate scheduledPaymentDate,
        BigDecimal amount,
        BigDecimal balanceBeforeInvoice,
        BigDecimal totalPaymentDue,
        String currency,
        InvoiceType invoiceType,
        PaymentMethod paymentMethod,
        String documentId) implements CategoryPayload {

    /** Invoice type, from EDF's title (FACTURE_CYCLIQUE, FACTURE_REGUL_ECHEANCIER, ...). */
    public enum InvoiceType implements WireCode {
        CYCLIC,
        INTERMEDIATE,
        TERMINATION,
        ADJUSTMENT,
        CORRECTIVE,
        CANCELLATION,
        SUBSCRIPTION,
        PAYMENT_PLAN_SETTLEMENT,
        SERVICES,
        END_OF_MONTHLY_PAYMENT
    }

    @Override
    public List<String> naturalKey() {
        return List.of(invoiceNumber);
    }

    @Override
    public Instant occurredAt() {
        return ParisTime.startOfDay(issueDate);
    }

    @Override
    public List<Violation> consistencyViolations() {
        if (dueDate.isBefore(issueDate)) {
            return List.of(new Violation("/dueDate", "must not be before issueDate"));
        }
        return List.of();
    }
}
