package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
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
    public enum InvoiceType {
        CYCLIC("cyclic"),
        INTERMEDIATE("intermediate"),
        TERMINATION("termination"),
        ADJUSTMENT("adjustment"),
        CORRECTIVE("corrective"),
        CANCELLATION("cancellation"),
        SUBSCRIPTION("subscription"),
        PAYMENT_PLAN_SETTLEMENT("payment-plan-settlement"),
        SERVICES("services"),
        END_OF_MONTHLY_PAYMENT("end-of-monthly-payment");

        private final String json;

        InvoiceType(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }
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
