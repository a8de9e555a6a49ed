package fr.mesinfos.connector.edf.format;

import static fr.mesinfos.connector.edf.format.Records.PRM;
import static fr.mesinfos.connector.edf.format.Records.file;
import static fr.mesinfos.connector.edf.format.Records.refused;
import static fr.mesinfos.connector.edf.format.Records.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.events.Category;
import fr.mesinfos.events.payload.ElectricityContract;
import fr.mesinfos.events.payload.PaymentMethod;
import fr.mesinfos.events.payload.PersonName;
import fr.mesinfos.events.payload.PostalAddress;

class ContractFormatTest {
    private final ContractFormat format = new ContractFormat();

    /** The pilot's contract with its client and payment terms embedded: the record shape this format accepts. */
    private static ObjectNode snapshot() {
        ObjectNode record = (ObjectNode) file("pilot/contrat_electricite.json").get(0).deepCopy();
        record.set("client", file("pilot/client_edf.json").get(0).deepCopy());
        record.set("paymentTerms", file("pilot/modalites_paiement_edf.json").get(0).deepCopy());
        return record;
    }

    private ElectricityContract contract(ObjectNode record) {
        List<Mapped> mapped = valid(format, record);
        assertEquals(1, mapped.size());
        assertEquals(PRM, mapped.get(0).account());
        return (ElectricityContract) mapped.get(0).payload();
    }

    @Test
    void thePilotFilesTogetherAreOneContractSnapshot() {
        ElectricityContract c = contract(snapshot());
        assertEquals("6012345678", c.clientId());
        assertEquals("1234654321", c.contractNumber());
        assertEquals("00123456879", c.commercialAgreementNumber());
        assertEquals("Tarif Bleu", c.offerName());
        assertEquals(LocalDate.of(2013, 3, 1), c.startDate());
        assertNull(c.endDate());
        assertEquals(ElectricityContract.Status.ACTIVE, c.status());
        assertNull(c.terminationReason());
        assertEquals(PRM, c.usagePointId());
        assertEquals(6, c.subscribedPowerKva());
        assertEquals(ElectricityContract.TariffOption.BASE, c.tariffOption());
        assertEquals(new ElectricityContract.Meter("CBE", "BASE", "005", new BigDecimal("69988.0"), new BigDecimal("6006"),
                null, LocalDate.of(2017, 1, 12)), c.meter());
        assertEquals(new PersonName("MME", "GERMAINE", "DUPOND", null), c.holder());
        assertEquals(new PersonName(null, "GERARD", "DUPOND", null), c.coHolder());
        assertEquals(new ElectricityContract.HolderContact("germainedupondmesinfos@gmail.com", "0665022841", null),
                c.holderContact());
        assertEquals(new PostalAddress("2 BOULEVARD DES BELGES", null, "69006", "LYON", null, "FR"), c.supplyAddress());
        assertEquals(new ElectricityContract.CustomerService("Paris Pyramide", "09 69 32 15 15",
                new PostalAddress("TSA 20012", null, "41975", "BLOIS CEDEX 9", null, null)), c.customerService());
        assertEquals("09 726 750 75", c.troubleshootingPhone());
        assertEquals(8, c.services().size());
        assertEquals(new ElectricityContract.ContractService("SUIVI_CONSO", true, null, null, null), c.services().get(0));
        assertEquals(new ElectricityContract.ContractService("SER_BILANCONSO", true,
                Instant.parse("2016-05-17T22:00:00Z"), null, null), c.services().get(1));
        assertEquals(new ElectricityContract.ContractService("PRELEVEMENT_AUTOMATIQUE", true, null, "10",
                List.of("04", "05", "06", "07", "08", "09", "10", "11")), c.services().get(2));
        assertEquals(new ElectricityContract.ContractService("MENS_GAZ", false, null, "NON", null), c.services().get(7));

        ElectricityContract.PaymentTerms terms = c.paymentTerms();
        assertEquals(PaymentMethod.DIRECT_DEBIT, terms.paymentMethod());
        assertEquals(ElectricityContract.BillFrequency.YEARLY, terms.billFrequency());
        assertEquals(0, terms.balance().signum());
        assertEquals("6012345678", terms.payerId());
        assertEquals(false, terms.payerDiffersFromHolder());
        assertEquals(new ElectricityContract.BankAccount("STE GENERALE", "FR76300039876087612", "Mme GERMAINE DUPOND"),
                terms.bankAccount());
        assertEquals(new ElectricityContract.LastPayment(Instant.parse("2016-10-09T22:00:00Z"), new BigDecimal("80.33"),
                "ENCAISSEMENT_PRELEVEMENT"), terms.lastPayment());
        assertEquals(10, terms.schedule().size());
        assertEquals(new ElectricityContract.ScheduledPayment(7, LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 10),
                true, new BigDecimal("69"), new BigDecimal("69"), new BigDecimal("0")), terms.schedule().get(6));
        assertEquals(new ElectricityContract.ScheduledPayment(8, LocalDate.of(2016, 11, 10), null, false,
                new BigDecimal("69"), new BigDecimal("69"), new BigDecimal("0")), terms.schedule().get(7));
    }

    @Test
    void theSameSnapshotTwiceIsTheSameEventAndAChangeIsANewOne() {
        var id = Category.EDF_CONTRACT.eventId(contract(snapshot()));
        assertEquals(id, Category.EDF_CONTRACT.eventId(contract(snapshot())));
        ObjectNode changed = snapshot();
        ((ObjectNode) changed.get("paymentTerms")).put("billFrequency", "MENS");
        assertNotEquals(id, Category.EDF_CONTRACT.eventId(contract(changed)));
    }

    @Test
    void paymentTermsAreOptional() {
        ObjectNode record = snapshot();
        record.remove("paymentTerms");
        assertNull(contract(record).paymentTerms());
    }

    @Test
    void eachPilotFileAloneIsRefused() {
        assertEquals(Map.of("/client", "is required"), refused(format, file("pilot/contrat_electricite.json").get(0)));
        Map<String, String> client = refused(format, file("pilot/client_edf.json").get(0));
        assertEquals(List.of("/client", "/contractSubcategory1", "/name", "/number", "/pdl", "/power", "/start", "/status"),
                List.copyOf(client.keySet()));
        Map<String, String> terms = refused(format, file("pilot/modalites_paiement_edf.json").get(0));
        assertEquals("is required", terms.get("/pdl"));
        assertEquals("is required", terms.get("/client"));
    }

    @Test
    void aFourDigitPostcodeIsRefused() {
        ObjectNode record = snapshot();
        ((ObjectNode) record.get("client").get("address")).put("postcode", "6906");
        Map<String, String> errors = refused(format, record);
        assertEquals(Map.of("/client/address/postcode", "must be a French postcode of exactly 5 digits"), errors);
        Records.reasonsDoNotRepeatValues(record, errors);
    }

    @Test
    void embeddedRecordsMustBelongToTheSameCustomer() {
        ObjectNode record = snapshot();
        ((ObjectNode) record.get("client")).put("clientId", "6012345679");
        ((ObjectNode) record.get("paymentTerms")).put("clientId", "6012345670");
        assertEquals(Map.of(
                "/client/clientId", "must be the contract's clientId: an embedded record belongs to the same customer",
                "/paymentTerms/clientId", "must be the contract's clientId: an embedded record belongs to the same customer"),
                refused(format, record));
    }

    @Test
    void invalidFieldsAreNamed() {
        ObjectNode record = snapshot().put("power", "6 kW").put("status", "CONTRAT_SUSPENDU").put("end", "2012-01-01")
                .put("energie", "Gaz").put("pdl", "01324654321");
        ((ObjectNode) record.get("services").get(0)).put("name", "SUIVI_CONSO");
        ((ObjectNode) record.get("services").get(1)).put("activ", "oui");
        ((ObjectNode) record.get("paymentTerms")).put("paymentMeans", "BITCOIN");
        ((ObjectNode) record.get("paymentTerms").get("dernierReglement")).put("date", "2016-10-10");
        ((ObjectNode) record.get("paymentTerms").get("paymentSchedules").get(0)).put("scheduleDate", "2016-04-31");
        ((ObjectNode) record.get("client")).put("telMobile", "06-65-02-28-41");
        Map<String, String> errors = refused(format, record);
        assertEquals("must be a subscribed power from 1 to 36 kVA, written like 6 kVA", errors.get("/power"));
        assertEquals("must be one of [CONTRAT_ACTIF, CONTRAT_EN_COURS, CONTRAT_RESILIE]", errors.get("/status"));
        assertEquals("must not be before start", errors.get("/end"));
        assertEquals("must be Électricité: this format maps electricity contracts only", errors.get("/energie"));
        assertEquals("must be a PRM of 14 digits; it has 11, like the truncated usage point ids of the pilot's Enedis"
                + " extracts, which cannot be completed", errors.get("/pdl"));
        assertEquals("must not be given together with nom (two spellings of one field)", errors.get("/services/0/name"));
        assertEquals("must be true or false", errors.get("/services/1/activ"));
        assertEquals("must be one of [CB, CHEQUE, ESPECES, PRELEVEMENT, TIP, VIREMENT]",
                errors.get("/paymentTerms/paymentMeans"));
        assertEquals("must be an ISO-8601 date-time with offset, yyyy-MM-ddTHH:mm:ss[.SSS] then Z or +hh:mm",
                errors.get("/paymentTerms/dernierReglement/date"));
        assertEquals("is not a calendar date", errors.get("/paymentTerms/paymentSchedules/0/scheduleDate"));
        assertEquals("must be a phone number: digits and spaces, optional leading +", errors.get("/client/telMobile"));
        assertEquals(11, errors.size());
    }

    @Test
    void bankDetailsThatAreNotJsonAreLeftOutAndBrokenJsonIsRefused() {
        ObjectNode record = snapshot();
        ((ObjectNode) record.get("paymentTerms")).put("encryptedBankDetails", "U2FsdGVkX1+abc");
        assertNull(contract(record).paymentTerms().bankAccount());
        ((ObjectNode) record.get("paymentTerms")).put("encryptedBankDetails", "{\"bank\": ");
        assertEquals(Map.of("/paymentTerms/encryptedBankDetails", "starts like a JSON object but is not valid JSON"),
                refused(format, record));
        ((ObjectNode) record.get("paymentTerms")).put("encryptedBankDetails", "{\"iban\": \"fr76 3000\"}");
        assertEquals(Map.of("/paymentTerms/encryptedBankDetails/iban",
                "must be an IBAN: country letters, 2 check digits, then 11 to 30 capitals or digits"), refused(format, record));
    }
}
