package fr.mesinfos.connector.orange.format;

import static fr.mesinfos.connector.orange.format.Records.json;
import static fr.mesinfos.connector.orange.format.Records.pilot;
import static fr.mesinfos.connector.orange.format.Records.refused;
import static fr.mesinfos.connector.orange.format.Records.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.payload.PhoneInvoice;

class InvoicesFormatTest {
    private static final String MSISDN_REQUIRED = "is required: Orange adds to each invoice record the phone number"
            + " of the line it belongs to (the pilot's export names none)";
    private final InvoicesFormat format = new InvoicesFormat();

    /** The pilot's first invoice, with the msisdn Orange adds. */
    private static ObjectNode invoice() {
        return json("{'msisdn': '33612345678', 'type': 'Mobile', 'date': '2016-11-07T12:00:00.000Z', 'vendor': 'Sfr',"
                + " 'amount': 29.99}");
    }

    @Test
    void mapsAnInvoiceInEuros() {
        Mapped mapped = valid(format, invoice());
        assertEquals("33612345678", mapped.account());
        assertEquals(new PhoneInvoice(Instant.parse("2016-11-07T12:00:00Z"), "Sfr", new BigDecimal("29.99"), "EUR",
                "Mobile"), mapped.payload());
    }

    @Test
    void theReadmeExampleMapsToTheDocumentedJson() {
        assertEquals("{\"issuedAt\":\"2016-11-07T12:00:00Z\",\"vendor\":\"Sfr\",\"amount\":29.99,"
                + "\"currency\":\"EUR\",\"invoiceType\":\"Mobile\"}",
                new String(EventJson.toBytes(valid(format, invoice()).payload()), StandardCharsets.UTF_8));
    }

    @Test
    void everyPilotInvoiceAsDeliveredIsRefusedForItsMissingLine() {
        JsonNode file = pilot("factures_telephone.json");
        assertEquals(8, file.size());
        for (JsonNode record : file) {
            assertEquals(Map.of("/msisdn", MSISDN_REQUIRED), refused(format, record));
        }
    }

    @Test
    void everyPilotInvoiceMapsOnceOrangeNamesTheLineWhateverTheVendor() {
        JsonNode file = pilot("factures_telephone.json");
        List<PhoneInvoice> invoices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode record : file) {
            Mapped mapped = valid(format, ((ObjectNode) record.deepCopy()).put("msisdn", "06 12 34 56 78"));
            assertEquals("33612345678", mapped.account());
            invoices.add((PhoneInvoice) mapped.payload());
            ids.add(Category.ORANGE_INVOICES.eventId(mapped.payload()).toString());
        }
        assertEquals(8, ids.size());
        assertEquals(List.of("Sfr", "Sfr", "Sfr", "Sfr", "Sfr", "Sfr", "vente-privee.com", "Uber"),
                invoices.stream().map(PhoneInvoice::vendor).toList());
        assertEquals(new PhoneInvoice(Instant.parse("2016-11-22T19:38:00Z"), "vente-privee.com", new BigDecimal("48.5"),
                "EUR", "shop"), invoices.get(6));
        assertEquals(new PhoneInvoice(Instant.parse("2016-11-25T01:32:00Z"), "Uber", new BigDecimal("14.2"), "EUR",
                "Taxi"), invoices.get(7));
    }

    @Test
    void theSameInvoiceTwiceIsTheSameEventWhateverTheDecimalReading() throws IOException {
        String text = "{\"msisdn\": \"33612345678\", \"type\": \"shop\", \"date\": \"2016-11-22T19:38:00.000Z\","
                + " \"vendor\": \"vente-privee.com\", \"amount\": 48.50}";
        var asDouble = valid(format, new ObjectMapper().readTree(text)).payload();
        var asDecimal = valid(format, new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(text)).payload();
        assertEquals(Category.ORANGE_INVOICES.eventId(asDouble), Category.ORANGE_INVOICES.eventId(asDecimal));
        var other = valid(format, invoice().put("amount", 30)).payload();
        assertNotEquals(Category.ORANGE_INVOICES.eventId(valid(format, invoice()).payload()),
                Category.ORANGE_INVOICES.eventId(other));
    }

    @Test
    void aCurrencyMayBeGiven() {
        assertEquals("EUR", ((PhoneInvoice) valid(format, invoice().put("currency", "EUR")).payload()).currency());
        assertEquals("CHF", ((PhoneInvoice) valid(format, invoice().put("currency", "CHF")).payload()).currency());
        assertEquals(Map.of("/currency", "must be an ISO 4217 code of 3 capital letters, e.g. EUR"),
                refused(format, invoice().put("currency", "€")));
    }

    @Test
    void aFreeInvoiceIsAccepted() {
        assertEquals(BigDecimal.ZERO, ((PhoneInvoice) valid(format, invoice().put("amount", 0)).payload()).amount());
    }

    @Test
    void refusesABadAmount() {
        assertEquals(Map.of("/amount", "must not be negative"), refused(format, invoice().put("amount", -29.99)));
        assertEquals(Map.of("/amount", "must have at most 2 decimals"),
                refused(format, invoice().put("amount", 29.999)));
        // a decimal comma or a string is a guess
        assertEquals(Map.of("/amount", "must be a JSON number"), refused(format, invoice().put("amount", "29,99")));
        assertEquals(Map.of("/amount", "is required"), refused(format, invoice().without("amount")));
    }

    @Test
    void refusesMissingTypeVendorAndDate() {
        assertEquals(Map.of("/date", "is required", "/type", "must not be empty", "/vendor", "must be a JSON string"),
                refused(format, invoice().put("type", "").put("vendor", 42).without("date")));
    }

    @Test
    void refusesABadDateAndMsisdnAndUnknownFields() {
        assertEquals(Map.of("/date", "must be an ISO-8601 date-time with its offset: yyyy-MM-ddTHH:mm:ss, optional "
                + "fraction, then Z or ±hh:mm", "/msisdn", "must be a French phone number written 0612345678, "
                + "06 12 34 56 78, +33 6 12 34 56 78 or 33612345678; it holds characters other than digits, spaces and "
                + "a leading +", "/number", "is not a field of this format"),
                refused(format, invoice().put("date", "07/11/2016").put("msisdn", "06.12.34.56.78")
                        .put("number", "F-2016-11")));
    }
}
