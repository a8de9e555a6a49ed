package fr.mesinfos.vault.read;

/** In which direction a person's records are listed by time. */
public enum Order {
    NEWEST, OLDEST
}
