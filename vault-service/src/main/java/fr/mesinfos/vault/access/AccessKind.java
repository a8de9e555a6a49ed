package fr.mesinfos.vault.access;

/** How an app got a person's data: it read the vault's history, or the gate delivered it on the app's topic. */
public enum AccessKind {
    READ, DELIVERY
}
