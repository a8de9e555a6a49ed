package fr.mesinfos.events.payload;

import fr.mesinfos.events.WireCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * edf.contract: a person's EDF customer account and electricity supply contract, as a snapshot. The natural key is
 * the contract number plus a digest of the content, so the same snapshot re-sent is the same event and any change is
 * a new version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElectricityContract(
        String clientId,
        String contractNumber,
        String commercialAgreementNumber,
        String offerName,
        LocalDate startDate,
        LocalDate endDate,
        Status status,
        String terminationReason,
        String usagePointId,
        int subscribedPowerKva,
        TariffOption tariffOption,
        Meter meter,
        PersonName holder,
        PersonName coHolder,
        HolderContact holderContact,
        PostalAddress supplyAddress,
        CustomerService customerService,
        String troubleshootingPhone,
        List<ContractService> services,
        PaymentTerms paymentTerms) implements CategoryPayload {

    public ElectricityContract {
        services = services == null ? null : List.copyOf(services);
    }

    /** Contract status (EDF CONTRAT_ACTIF is ACTIVE). */
    public enum Status implements WireCode {
        ACTIVE, PENDING, TERMINATED
    }

    /** Tariff structure, from EDF's contractSubcategory1 (OPTION_BASE, OPTION_HEURES_CREUSES, ...). */
    public enum TariffOption implements WireCode {
        BASE, HC_HP, EJP, TEMPO, HC_WEEKEND, WEEKEND;

        @Override
        public String json() {
            return name().replace('_', '-');
        }
    }

    /** How often EDF bills (MENS, BIME, SEME, ANNU). */
    public enum BillFrequency implements WireCode {
        MONTHLY, BIMONTHLY, HALF_YEARLY, YEARLY
    }

    /** The meter of the supply point (EDF counter and statement blocks). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meter(
            String type,
            String metering,
            String dialCount,
            BigDecimal lastIndexKwh,
            BigDecimal annualConsumptionKwh,
            String offPeakHours,
            LocalDate nextReadingDate) {
    }

    /** How EDF reaches the holder. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HolderContact(String email, String mobilePhone, String homePhone) {
    }

    /** The EDF customer service in charge of the contract (EDF commercialContact). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerService(String name, String phone, PostalAddress address) {
    }

    /** One service attached to the contract (SUIVI_CONSO, PRELEVEMENT_AUTOMATIQUE, ...). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContractService(
            String code, boolean active, Instant since, String subscribedValue, List<String> availableValues) {
        public ContractService {
            availableValues = availableValues == null ? null : List.copyOf(availableValues);
        }
    }

    /** How the person pays for the contract (EDF payment terms). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaymentTerms(
            PaymentMethod paymentMethod,
            BillFrequency billFrequency,
            BigDecimal balance,
            String payerId,
            Boolean payerDiffersFromHolder,
            BankAccount bankAccount,
            LastPayment lastPayment,
            List<ScheduledPayment> schedule) {
        public PaymentTerms {
            schedule = schedule == null ? null : List.copyOf(schedule);
        }
    }

    /** The account EDF debits. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BankAccount(String bankName, String iban, String accountHolder) {
    }

    /** The last payment EDF received. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LastPayment(Instant date, BigDecimal amount, String type) {
    }

    /** One instalment of the payment schedule (échéancier). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScheduledPayment(
            int number,
            LocalDate dueDate,
            LocalDate paidDate,
            boolean paid,
            BigDecimal amount,
            BigDecimal amountElectricity,
            BigDecimal amountGas) {
    }

    @Override
    public List<String> naturalKey() {
        return List.of(contractNumber, EventJson.digest(this));
    }

    @Override
    public Instant occurredAt() {
        return ParisTime.startOfDay(startDate);
    }

    @Override
    public List<Violation> consistencyViolations() {
        if (endDate != null && endDate.isBefore(startDate)) {
            return List.of(new Violation("/endDate", "must not be before startDate"));
        }
        return List.of();
    }
}
