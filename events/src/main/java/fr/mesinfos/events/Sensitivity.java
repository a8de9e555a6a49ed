package fr.mesinfos.events;

/** How much harm a category's data can do if it leaks; drives consent wording, access logging and retention. */
public enum Sensitivity {
    /** Public open data, about no one in particular. */
    PUBLIC,
    /** Personal data (GDPR art. 4): contracts, invoices, consumption. */
    PERSONAL,
    /** Personal data that reveals where a person goes or whom they talk to: location and call records. */
    SENSITIVE
}
