package fr.mesinfos.connector.maif.format;

import static fr.mesinfos.connector.maif.format.Records.MEMBER;
import static fr.mesinfos.connector.maif.format.Records.json;
import static fr.mesinfos.connector.maif.format.Records.pilotRecord;
import static fr.mesinfos.connector.maif.format.Records.refused;
import static fr.mesinfos.connector.maif.format.Records.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.events.Category;
import fr.mesinfos.events.payload.InsuranceContract;
import fr.mesinfos.events.payload.InsuranceContract.Household;
import fr.mesinfos.events.payload.InsuranceContract.HouseholdMember;
import fr.mesinfos.events.payload.InsuranceContract.InsuredPlace;
import fr.mesinfos.events.payload.InsuranceContract.InsuredVehicle;
import fr.mesinfos.events.payload.InsuranceContract.PaymentTerms;
import fr.mesinfos.events.payload.PersonName;
import fr.mesinfos.events.payload.PostalAddress;

class MemberFileFormatTest {
    private static final PostalAddress HOME = new PostalAddress("2 BOULEVARD DES BELGES", null, "69006", "LYON", "69386",
            "FR");
    private static final PaymentTerms TERMS = new PaymentTerms("Prélèvement (1 fois)", "FR76300039876087612", "SOGEFRPP");
    private final MemberFileFormat format = new MemberFileFormat();

    /** The five pilot documents of the member, as one record: the union of their top-level objects. */
    static ObjectNode memberFile() {
        ObjectNode record = Records.JSON.createObjectNode();
        for (String file : List.of("contrat_maif.json", "domicile_maif.json", "foyer_maif.json", "societaire_maif.json",
                "modalites_paiement_maif.json")) {
            record.setAll(pilotRecord(file));
        }
        return record;
    }

    private List<InsuranceContract> contracts(ObjectNode record) {
        List<Mapped> mapped = valid(format, record);
        mapped.forEach(m -> assertEquals(MEMBER, m.account()));
        return mapped.stream().map(m -> (InsuranceContract) m.payload()).toList();
    }

    private static ObjectNode contract(ObjectNode record, int index) {
        return (ObjectNode) record.get("contrat").get(index);
    }

    @Test
    void thePilotDocumentsTogetherAreTwoContractSnapshots() {
        List<InsuranceContract> contracts = contracts(memberFile());
        assertEquals(2, contracts.size());
        LocalDate subscribed = LocalDate.of(1989, 4, 29);
        HouseholdMember germaine = new HouseholdMember(new PersonName("MME.", "GERMAINE", "DUPOND", null),
                "Membre principal", "08", LocalDate.of(1972, 3, 18), "germainedupondmesinfos@gmail.com", "+33012345678",
                "13 Agent, employé",
                // from societaire_maif.json: foyer_maif.json has no family situation
                "union libre");
        assertEquals(new InsuranceContract(MEMBER, "NOR", "RAQVAM Arbitrage", new BigDecimal("226.74"), "EUR", subscribed,
                List.of(new InsuredPlace(HOME, subscribed, "Appartement", "2", "1 à 2 Pièces (ou 2 Pièces)", "2",
                        // the pilot's double space is made one; its U+0080 is the euro sign of Windows-1252
                        "Locataire ou occupant à titre gratuit", "1", "3 501 à 6 800 €", "3")),
                List.of(), new Household("1-A3ZICCA", HOME, List.of(germaine)), TERMS), contracts.get(0));
        assertEquals(new InsuranceContract(MEMBER, "VAM", "VAM Assistance panne 0km", new BigDecimal("312"), "EUR",
                LocalDate.of(2013, 4, 12), List.of(),
                List.of(new InsuredVehicle("AA-123-XD", LocalDate.of(2013, 4, 12))), null, TERMS), contracts.get(1));
    }

    @Test
    void theSameFileTwiceIsTheSameEventsAndAnyChangeANewVersion() {
        List<InsuranceContract> once = contracts(memberFile());
        List<InsuranceContract> again = contracts(memberFile());
        for (int i = 0; i < once.size(); i++) {
            assertEquals(Category.MAIF_HOME_CONTRACT.eventId(once.get(i)), Category.MAIF_HOME_CONTRACT.eventId(again.get(i)));
        }
        ObjectNode raised = memberFile();
        contract(raised, 0).put("montantTarifTtc", 233.21);
        assertNotEquals(Category.MAIF_HOME_CONTRACT.eventId(once.get(0)),
                Category.MAIF_HOME_CONTRACT.eventId(contracts(raised).get(0)));
    }

    @Test
    void theContractsAloneAreAcceptedWithoutTheOptionalParts() {
        List<InsuranceContract> contracts = contracts(pilotRecord("contrat_maif.json"));
        assertEquals(2, contracts.size());
        InsuranceContract home = contracts.get(0);
        // no home entry: the place has its address only, without INSEE code
        assertEquals(List.of(new InsuredPlace(new PostalAddress("2 BOULEVARD DES BELGES", null, "69006", "LYON", null, "FR"),
                LocalDate.of(1989, 4, 29), null, null, null, null, null, null, null, null)), home.insuredPlaces());
        assertNull(home.household());
        assertNull(home.paymentTerms());
    }

    @Test
    void theOtherPilotDocumentsAloneAreRefused() {
        for (String file : List.of("domicile_maif.json", "foyer_maif.json", "societaire_maif.json",
                "modalites_paiement_maif.json")) {
            assertEquals(Map.of("/contrat", "is required"), refused(format, pilotRecord(file)), file);
        }
    }

    @Test
    void theMemberRecordAloneMakesAHouseholdOfOne() {
        ObjectNode record = pilotRecord("contrat_maif.json");
        record.setAll(pilotRecord("societaire_maif.json"));
        Household household = contracts(record).get(0).household();
        assertEquals(new Household(null, null, List.of(new HouseholdMember(new PersonName("MME.", "GERMAINE", "DUPOND", null),
                null, null, LocalDate.of(1972, 3, 18), "germainedupondmesinfos@gmail.com", "+33012345678",
                "13 Agent, employé", "union libre"))), household);
    }

    @Test
    void theMemberNumberMayCarryItsKeyLetterEverywhere() {
        ObjectNode record = memberFile();
        contract(record, 1).put("societaire", "1234567N");
        ((ObjectNode) record.get("paymentterms")).put("societaire", "1234567 N");
        assertEquals(2, contracts(record).size());
    }

    @Test
    void oneFileHoldsOneMember() {
        ObjectNode record = memberFile();
        contract(record, 1).put("societaire", "7654321");
        ((ObjectNode) record.get("home").get(0)).put("societaire", "7654321");
        ((ObjectNode) record.get("societaire")).put("referenceClient", "7654321N");
        ((ObjectNode) record.get("paymentterms")).put("societaire", "123");
        String why = " a member file holds one member's records";
        assertEquals(Map.of(
                "/contrat/1/societaire", "must be the member number of the first contract:" + why,
                "/home/0/societaire", "must be the member number of the contracts:" + why,
                "/societaire/referenceClient", "must be the member number of the contracts:" + why,
                "/paymentterms/societaire", "must be a MAIF member number of 7 digits, optionally followed by one key"
                        + " letter; it has 3 digits"), refused(format, record));
    }

    @Test
    void aFourDigitPostcodeIsRefusedWherever() {
        ObjectNode record = memberFile();
        ((ObjectNode) contract(record, 0).get("objects").get("lieu").get(0).get("address")).put("postCode", "6900");
        ((ObjectNode) record.get("foyer").get("address")).put("postCode", "6900");
        String reason = "must be a French postcode of exactly 5 digits; a 4-digit code is not completed, since it may have"
                + " lost its leading zero or another digit";
        // the home entry is not reported as unmatched: the place it would match was refused
        assertEquals(Map.of("/contrat/0/objects/lieu/0/address/postCode", reason, "/foyer/address/postCode", reason),
                refused(format, record));
    }

    @Test
    void datesAreCalendarDaysAtMidnight() {
        ObjectNode record = memberFile();
        contract(record, 0).put("startDate", "1989-02-30T00:00:00");
        contract(record, 1).put("startDate", "2013-04-12T10:00:00");
        ((ObjectNode) record.get("foyer").get("membres").get(0)).put("birthdate", "18/03/1972");
        assertEquals(Map.of(
                "/contrat/0/startDate", "is not a calendar date",
                "/contrat/1/startDate", "must be a date written yyyy-MM-dd or yyyy-MM-ddT00:00:00 (a date has no time of day)",
                "/foyer/membres/0/birthdate", "must be a date written yyyy-MM-dd or yyyy-MM-ddT00:00:00 (a date has no time"
                        + " of day)"), refused(format, record));
        ObjectNode plain = memberFile();
        contract(plain, 1).put("startDate", "2013-04-12");
        assertEquals(LocalDate.of(2013, 4, 12), contracts(plain).get(1).startDate());
        ObjectNode early = memberFile();
        ((ObjectNode) contract(early, 1).get("objects")).put("startDate", "2013-04-11T00:00:00");
        assertEquals(Map.of("/contrat/1/objects/startDate", "must not be before the contract's startDate"),
                refused(format, early));
    }

    @Test
    void contractFieldsAreChecked() {
        ObjectNode record = memberFile();
        contract(record, 0).put("name", "nor").put("montantTarifTtc", "226,74").remove("formuleBase");
        contract(record, 1).put("montantTarifTtc", -1);
        ((ObjectNode) contract(record, 1).get("objects")).set("bateau", json("[{\"immatriculationBateau\": \"X1\"}]"));
        assertEquals(Map.of(
                "/contrat/0/name", "must be a MAIF product code: 2 to 10 capitals or digits",
                "/contrat/0/montantTarifTtc", "must be a JSON number (euros, decimal point)",
                "/contrat/0/formuleBase", "is required",
                "/contrat/1/montantTarifTtc", "must not be negative",
                "/contrat/1/objects/bateau", "must not be given: maif.home-contract has no insured boats"),
                refused(format, record));
        ObjectNode empty = memberFile();
        ((ObjectNode) contract(empty, 1).get("objects")).set("vehicule", json("[]"));
        assertEquals(Map.of("/contrat/1/objects", "must insure at least one place (lieu) or vehicle (vehicule)"),
                refused(format, empty));
        assertEquals(Map.of("/contrat", "must hold at least one item"), refused(format, json("{\"contrat\": []}")));
    }

    @Test
    void aHomeMustDescribeAnInsuredPlace() {
        ObjectNode record = memberFile();
        ((ObjectNode) record.get("home").get(0).get("address")).put("street", "3 BOULEVARD DES BELGES");
        assertEquals(Map.of("/home/0/address", "is the address of no insured place (contrat/objects/lieu) of this file;"
                + " compared on street, postcode and city, ignoring case"), refused(format, record));
        ObjectNode twice = memberFile();
        ((ArrayNode) twice.get("home")).add(twice.get("home").get(0).deepCopy());
        assertEquals(Map.of("/home/1/address", "is the address of another home entry: one entry per insured place"),
                refused(format, twice));
        ObjectNode lowerCase = memberFile();
        ((ObjectNode) lowerCase.get("home").get(0).get("address")).put("street", "2 Boulevard des Belges");
        assertEquals("Appartement", contracts(lowerCase).get(0).insuredPlaces().get(0).nature());
    }

    @Test
    void theHouseholdBelongsWithAHomeContract() {
        ObjectNode record = memberFile();
        ((ArrayNode) record.get("contrat")).remove(0);
        record.remove("home");
        assertEquals(Map.of("/foyer", "belongs with a contract that insures a place (objects/lieu), and no contract of"
                + " this file does"), refused(format, record));
    }

    @Test
    void theMemberRecordMustDescribeAHouseholdMemberAndAgreeWithIt() {
        ObjectNode stranger = memberFile();
        ((ObjectNode) stranger.get("societaire")).put("birthdate", "1972-03-19");
        assertEquals(Map.of("/societaire", "describes no member of foyer/membres; compared on family name, given name"
                + " (ignoring case) and birth date"), refused(format, stranger));
        ObjectNode disagreeing = memberFile();
        ((ObjectNode) disagreeing.get("societaire")).put("email", "germaine@example.org");
        assertEquals(Map.of("/societaire/email", "must agree with the same field of the household member it describes"
                + " (foyer/membres)"), refused(format, disagreeing));
    }

    @Test
    void contactsAndBankDetailsAreChecked() {
        ObjectNode record = memberFile();
        ObjectNode member = (ObjectNode) record.get("foyer").get("membres").get(0);
        member.put("email", "germaine.example.org").put("telMobile", "06-12-34-56-78");
        ((ObjectNode) record.get("paymentterms").get("rib")).put("iban", "FR76 3000 3987 6087 612").put("bic", "SOGE");
        ((ObjectNode) record.get("paymentterms")).remove("modePaiement");
        assertEquals(Map.of(
                "/foyer/membres/0/email", "must be an e-mail address",
                "/foyer/membres/0/telMobile", "must be a phone number: digits and spaces, optional leading +",
                "/paymentterms/rib/iban", "must be an IBAN: 2 country letters, 2 check digits, then 11 to 30 capitals or"
                        + " digits, without spaces",
                "/paymentterms/rib/bic", "must be a BIC: 8 or 11 capitals or digits",
                "/paymentterms/modePaiement", "is required"), refused(format, record));
    }

    @Test
    void itemsThatAreNotObjectsAreReportedOneByOne() {
        ObjectNode record = memberFile();
        ((ArrayNode) record.get("foyer").get("membres")).add("GERARD");
        ((ArrayNode) record.get("contrat")).add(42);
        ((ArrayNode) contract(record, 0).get("objects").get("lieu")).add(json("[]"));
        assertEquals(Map.of("/foyer/membres/1", "must be a JSON object", "/contrat/2", "must be a JSON object",
                "/contrat/0/objects/lieu/1", "must be a JSON object"), refused(format, record));
        assertEquals(Map.of("/contrat", "must be a JSON array"), refused(format, json("{\"contrat\": {}}")));
    }

    @Test
    void unknownPartsAreRefusedNotDropped() {
        ObjectNode record = memberFile();
        record.set("domicile", record.remove("home"));
        assertEquals(Map.of("/domicile", "is not a part of a member file: contrat, home, foyer, societaire, paymentterms"),
                refused(format, record));
    }

    @Test
    void textsAreTrimmedAndControlCharactersRefused() {
        ObjectNode record = memberFile();
        ((ObjectNode) record.get("home").get(0)).put("natureLieu", "\tMaison\u00a0 individuelle ");
        assertEquals("Maison individuelle", contracts(record).get(0).insuredPlaces().get(0).nature());
        ((ObjectNode) record.get("home").get(0)).put("natureLieu", "Maison\u0000");
        assertEquals(Map.of("/home/0/natureLieu", "must not hold control characters"), refused(format, record));
    }

    @Test
    void aCountryOtherThanFranceIsRefused() {
        ObjectNode record = memberFile();
        ((ObjectNode) record.get("foyer").get("address")).put("country", "BELGIQUE");
        assertEquals(Map.of("/foyer/address/country", "must be one of [FR, FRANCE, France]"), refused(format, record));
    }
}
