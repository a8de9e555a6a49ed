package fr.mesinfos.events.payload;

import fr.mesinfos.events.WireCode;

/** How a person pays a partner; one vocabulary for EDF contracts and invoices. */
public enum PaymentMethod implements WireCode {
    DIRECT_DEBIT,
    BANK_TRANSFER,
    CHEQUE,
    CARD,
    INTERBANK_PAYMENT_ORDER,
    CASH
}
