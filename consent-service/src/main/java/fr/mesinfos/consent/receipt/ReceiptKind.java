package fr.mesinfos.consent.receipt;

/** The moments a person gets a receipt for (CS-RC-1). */
public enum ReceiptKind {
    GRANT, AMENDMENT, WITHDRAWAL, REVOCATION, EXPIRY
}
