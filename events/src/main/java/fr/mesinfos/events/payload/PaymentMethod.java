package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a person pays a partner; one vocabulary for EDF contracts and invoices. */
public enum PaymentMethod {
    DIRECT_DEBIT("direct-debit"),
    BANK_TRANSFER("bank-transfer"),
    CHEQUE("cheque"),
    CARD("card"),
    INTERBANK_PAYMENT_ORDER("interbank-payment-order"),
    CASH("cash");

    private final String json;

    PaymentMethod(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
