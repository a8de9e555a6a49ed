package fr.mesinfos.events.platform;

/** What a person erased: everything the vault held on them, or some categories only. */
public enum ErasureScope {
    ALL, CATEGORIES
}
