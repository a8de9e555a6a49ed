package fr.mesinfos.personal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;

/** Counts read as a person writes them: "1 enregistrement" and "0 enregistrement" in French, "1 record" but "0 records" in English. */
@QuarkusTest
class MessagesTest {
    @Inject
    @Localized("fr")
    Msg fr;

    @Inject
    @Localized("en")
    Msg en;

    @Test
    void frenchCountsAreSingularUpToOne() {
        assertEquals("0 enregistrement", fr.records_count(0));
        assertEquals("1 enregistrement", fr.records_count(1));
        assertEquals("2 enregistrements", fr.records_count(2));
        assertEquals("En tout, 1 enregistrement.", fr.home_total(1));
        assertEquals("1 enregistrement, du 1 janv. au 1 janv.", fr.held_span(1, "1 janv.", "1 janv."));
        assertEquals("Vous allez effacer 1440 enregistrements :", fr.confirm_some(1440));
    }

    @Test
    void englishCountsAreSingularOnlyForOne() {
        assertEquals("0 records", en.records_count(0));
        assertEquals("1 record", en.records_count(1));
        assertEquals("2 records", en.records_count(2));
        assertEquals("1 record in all.", en.home_total(1));
        assertEquals("You are about to erase all your data: 1 record.", en.confirm_all(1));
        assertEquals("3 records of calls", en.received_line(3, "calls"));
    }
}
