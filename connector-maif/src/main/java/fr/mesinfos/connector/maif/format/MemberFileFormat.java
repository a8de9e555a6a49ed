package fr.mesinfos.connector.maif.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.payload.InsuranceContract;
import fr.mesinfos.events.payload.InsuranceContract.Household;
import fr.mesinfos.events.payload.InsuranceContract.HouseholdMember;
import fr.mesinfos.events.payload.InsuranceContract.InsuredPlace;
import fr.mesinfos.events.payload.InsuranceContract.InsuredVehicle;
import fr.mesinfos.events.payload.InsuranceContract.PaymentTerms;
import fr.mesinfos.events.payload.PersonName;
import fr.mesinfos.events.payload.PostalAddress;

/**
 * One MAIF member's file: the pilot delivers a member's contracts, insured homes, household, member record and payment
 * terms as five documents ({contrat}, {home}, {foyer}, {societaire}, {paymentterms}); a record is their union, and
 * each contract becomes one maif.home-contract snapshot carrying the parts that belong to it.
 */
@ApplicationScoped
public class MemberFileFormat implements PartnerFormat {
    static final Set<String> PARTS = Set.of("contrat", "home", "foyer", "societaire", "paymentterms");
    private static final Pattern PRODUCT = Pattern.compile("[A-Z0-9]{2,10}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{6,20}");
    // the usual shape of an address; the schema's "email" format is checked again after mapping
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{8}([A-Z0-9]{3})?");
    private static final String CURRENCY = "EUR";

    @Override
    public String name() {
        return "member-file";
    }

    @Override
    public String description() {
        return "One MAIF member's documents in one object: contrat (required, contrat_maif.json) and, optionally, home"
                + " (domicile_maif.json), foyer (foyer_maif.json), societaire (societaire_maif.json) and paymentterms"
                + " (modalites_paiement_maif.json); one home-contract event per contract";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        record.fieldNames().forEachRemaining(name -> {
            if (!PARTS.contains(name)) {
                // a misspelt part would silently drop what it holds
                f.error(Fields.at("", name), "is not a part of a member file: contrat, home, foyer, societaire, paymentterms");
            }
        });
        List<Contract> contracts = contracts(f, record);
        String member = contracts.stream().map(Contract::member).filter(Objects::nonNull).findFirst().orElse(null);
        homes(f, record, contracts, member);
        Household household = household(f, record, member);
        PaymentTerms terms = paymentTerms(f, record, member);
        boolean anyPlace = contracts.stream().anyMatch(c -> !c.places().isEmpty());
        if (household != null && !anyPlace && allRead(record, contracts)) {
            f.error(record.has("foyer") ? "/foyer" : "/societaire", "belongs with a contract that insures a place"
                    + " (objects/lieu), and no contract of this file does");
        }
        if (f.hasErrors()) {
            return List.of();
        }
        List<Mapped> mapped = new ArrayList<>();
        for (Contract c : contracts) {
            List<InsuredPlace> places = c.places().stream().map(p -> p.place(household)).toList();
            // the household is insured by home contracts; a vehicle-only contract does not carry it
            mapped.add(new Mapped(c.member(), new InsuranceContract(c.member(), c.product(), c.formula(), c.premium(),
                    CURRENCY, c.start(), places, c.vehicles(), places.isEmpty() ? null : household, terms)));
        }
        return mapped;
    }

    /** A contract read, its places still open to the home details of the file. */
    private record Contract(String member, String product, String formula, BigDecimal premium, LocalDate start,
            List<Place> places, List<InsuredVehicle> vehicles) {
    }

    /** What a home entry (domicile_maif.json) tells of an insured place. */
    private record HomeDetails(PostalAddress address, String nature, String natureCode, String rooms, String roomsCode,
            String legalSituation, String legalSituationCode, String furniture, String furnitureCode) {
    }

    /** An insured place (contrat objects/lieu), with the home entry of the same address once matched. */
    private static final class Place {
        final PostalAddress address;
        final LocalDate addedOn;
        HomeDetails home;

        Place(PostalAddress address, LocalDate addedOn) {
            this.address = address;
            this.addedOn = addedOn;
        }

        InsuredPlace place(Household household) {
            PostalAddress a = address;
            // a missing INSEE code is taken from the home entry or the household at the same address
            for (PostalAddress same : new PostalAddress[] {home == null ? null : home.address(),
                    household == null ? null : household.address()}) {
                if (a.inseeCode() == null && same != null && same.inseeCode() != null && sameAddress(a, same)) {
                    a = new PostalAddress(a.street(), a.additionalAddress(), a.postcode(), a.city(), same.inseeCode(),
                            a.country());
                }
            }
            HomeDetails h = home == null ? new HomeDetails(null, null, null, null, null, null, null, null, null) : home;
            return new InsuredPlace(a, addedOn, h.nature(), h.natureCode(), h.rooms(), h.roomsCode(), h.legalSituation(),
                    h.legalSituationCode(), h.furniture(), h.furnitureCode());
        }
    }

    private static List<Contract> contracts(Fields f, JsonNode record) {
        JsonNode list = f.array(record, "", "contrat", true);
        if (list == null) {
            return List.of();
        }
        List<Contract> contracts = new ArrayList<>();
        String first = null;
        List<JsonNode> items = f.objects(list, "/contrat");
        for (int i = 0; i < items.size(); i++) {
            JsonNode c = items.get(i);
            if (c == null) {
                continue;
            }
            String at = "/contrat/" + i;
            String member = f.memberNumber(c, at, "societaire", true);
            if (first == null) {
                first = member;
            } else if (member != null && !member.equals(first)) {
                f.error(at + "/societaire", "must be the member number of the first contract: a member file holds one"
                        + " member's records");
            }
            String product = f.matching(c, at, "name", true, PRODUCT, "a MAIF product code: 2 to 10 capitals or digits");
            String formula = f.text(c, at, "formuleBase", true);
            BigDecimal premium = f.amount(c, at, "montantTarifTtc", true);
            LocalDate start = f.date(c, at, "startDate", true);
            List<Place> places = new ArrayList<>();
            List<InsuredVehicle> vehicles = new ArrayList<>();
            JsonNode objects = f.object(c, at, "objects", true);
            if (objects != null) {
                insuredObjects(f, objects, at + "/objects", start, places, vehicles);
            }
            contracts.add(new Contract(member, product, formula, premium, start, places, vehicles));
        }
        return contracts;
    }

    private static void insuredObjects(Fields f, JsonNode objects, String o, LocalDate start, List<Place> places,
            List<InsuredVehicle> vehicles) {
        LocalDate addedOn = f.date(objects, o, "startDate", false);
        if (addedOn != null && start != null && addedOn.isBefore(start)) {
            f.error(o + "/startDate", "must not be before the contract's startDate");
        }
        f.forbid(objects, o, "bateau", "maif.home-contract has no insured boats");
        JsonNode lieu = f.array(objects, o, "lieu", false);
        if (lieu != null) {
            List<JsonNode> items = f.objects(lieu, o + "/lieu");
            for (int j = 0; j < items.size(); j++) {
                // an unreadable item is kept as a place without address, so that home entries are not matched against it
                places.add(new Place(items.get(j) == null ? null : f.address(items.get(j), o + "/lieu/" + j, "address", true),
                        addedOn));
            }
        }
        JsonNode vehicule = f.array(objects, o, "vehicule", false);
        if (vehicule != null) {
            List<JsonNode> items = f.objects(vehicule, o + "/vehicule");
            for (int j = 0; j < items.size(); j++) {
                if (items.get(j) != null) {
                    vehicles.add(new InsuredVehicle(f.matching(items.get(j), o + "/vehicule/" + j, "immatriculationVehicule",
                            true, ClaimsFormat.REGISTRATION,
                            "a registration plate: capitals, digits, spaces and hyphens, 2 to 15 characters"), addedOn));
                }
            }
        }
        if ((lieu == null || lieu.isEmpty()) && (vehicule == null || vehicule.isEmpty())) {
            f.error(o, "must insure at least one place (lieu) or vehicle (vehicule)");
        }
    }

    /** home (domicile_maif.json): each entry gives the details of the insured place at the same address. */
    private static void homes(Fields f, JsonNode record, List<Contract> contracts, String member) {
        JsonNode list = f.array(record, "", "home", false);
        if (list == null) {
            return;
        }
        List<JsonNode> items = f.objects(list, "/home");
        // when a contract or a place's address was refused (or contrat is missing), home entries cannot be matched for
        // sure: they are then not reported as unmatched, the refusal of the contracts says what to fix
        boolean placesReadable = allRead(record, contracts) && contracts.stream().flatMap(c -> c.places().stream())
                        .allMatch(p -> p.address != null && p.address.postcode() != null);
        for (int j = 0; j < items.size(); j++) {
            JsonNode home = items.get(j);
            if (home == null) {
                continue;
            }
            String at = "/home/" + j;
            f.sameMember(home, at, "societaire", member, "the contracts: a member file holds one member's records");
            PostalAddress address = f.address(home, at, "address", true);
            HomeDetails details = new HomeDetails(address, f.text(home, at, "natureLieu", false),
                    f.text(home, at, "codeNatureLieuRisque", false), f.text(home, at, "nombrePieces", false),
                    f.text(home, at, "codePieceLieuRisque", false), f.text(home, at, "situationJuridiqueLieu", false),
                    f.text(home, at, "codeJuridique", false), f.text(home, at, "patrimoineMobilier", false),
                    f.text(home, at, "codeTrancheMobilier", false));
            if (address == null || address.postcode() == null) {
                continue;
            }
            int matched = 0;
            for (Contract c : contracts) {
                for (Place p : c.places()) {
                    if (p.address != null && sameAddress(p.address, address)) {
                        if (p.home != null) {
                            f.error(at + "/address", "is the address of another home entry: one entry per insured place");
                        }
                        p.home = details;
                        matched++;
                    }
                }
            }
            if (matched == 0 && placesReadable) {
                f.error(at + "/address", "is the address of no insured place (contrat/objects/lieu) of this file;"
                        + " compared on street, postcode and city, ignoring case");
            }
        }
    }

    // every contrat item was read as a contract (some fields may still have been refused)
    private static boolean allRead(JsonNode record, List<Contract> contracts) {
        JsonNode contrat = record.get("contrat");
        return contrat != null && contrat.isArray() && !contracts.isEmpty() && contracts.size() == contrat.size();
    }

    static boolean sameAddress(PostalAddress a, PostalAddress b) {
        return key(a).equals(key(b));
    }

    private static List<String> key(PostalAddress a) {
        return java.util.Arrays.asList(upper(a.street()), a.postcode(), upper(a.city()));
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** foyer (foyer_maif.json), completed by societaire (societaire_maif.json) for the member it describes. */
    private static Household household(Fields f, JsonNode record, String member) {
        JsonNode foyer = f.object(record, "", "foyer", false);
        JsonNode societaire = f.object(record, "", "societaire", false);
        Household household = null;
        List<HouseholdMember> members = new ArrayList<>();
        // false once a member or the member's own record was refused: they are then not matched
        boolean readable = true;
        if (foyer != null) {
            String p = "/foyer";
            String name = f.text(foyer, p, "name", false);
            PostalAddress address = f.address(foyer, p, "address", false);
            JsonNode list = f.array(foyer, p, "membres", true);
            if (list != null) {
                List<JsonNode> items = f.objects(list, p + "/membres");
                for (int k = 0; k < items.size(); k++) {
                    int before = f.errorCount();
                    members.add(items.get(k) == null ? null : person(f, items.get(k), p + "/membres/" + k));
                    readable &= items.get(k) != null && f.errorCount() == before;
                }
            } else {
                readable = false;
            }
            // an item that is not an object was reported and is left out (Household refuses null members)
            household = new Household(name, address, members.stream().filter(Objects::nonNull).toList());
        }
        if (societaire == null) {
            return household;
        }
        String s = "/societaire";
        f.sameMember(societaire, s, "referenceClient", member, "the contracts: a member file holds one member's records");
        int before = f.errorCount();
        HouseholdMember self = person(f, societaire, s);
        readable &= f.errorCount() == before;
        if (household == null) {
            // without foyer, the household is the member alone
            return new Household(null, null, List.of(self));
        }
        for (int k = 0; k < members.size(); k++) {
            HouseholdMember m = members.get(k);
            if (m != null && self.name() != null && m.name() != null && samePerson(m, self)) {
                members.set(k, complete(f, m, self, s));
                return new Household(household.name(), household.address(),
                        members.stream().filter(Objects::nonNull).toList());
            }
        }
        if (readable) {
            f.error(s, "describes no member of foyer/membres; compared on family name, given name (ignoring case)"
                    + " and birth date");
        }
        return household;
    }

    private static boolean samePerson(HouseholdMember a, HouseholdMember b) {
        return Objects.equals(upper(a.name().familyName()), upper(b.name().familyName()))
                && Objects.equals(upper(a.name().givenName()), upper(b.name().givenName()))
                && Objects.equals(a.birthDate(), b.birthDate());
    }

    /** A household member completed by the member's own record: a field both give must agree. */
    private static HouseholdMember complete(Fields f, HouseholdMember m, HouseholdMember self, String s) {
        PersonName n = m.name();
        PersonName o = self.name();
        PersonName name = new PersonName(pick(f, n.title(), o.title(), s + "/name/prefix"),
                pick(f, n.givenName(), o.givenName(), s + "/name/given"),
                pick(f, n.familyName(), o.familyName(), s + "/name/family"),
                pick(f, n.maidenName(), o.maidenName(), s + "/name/maiden"));
        return new HouseholdMember(name, m.role(), m.roleCode(), m.birthDate(),
                pick(f, m.email(), self.email(), s + "/email"),
                pick(f, m.mobilePhone(), self.mobilePhone(), s + "/telMobile"),
                pick(f, m.profession(), self.profession(), s + "/profession"),
                pick(f, m.familySituation(), self.familySituation(), s + "/familySituation"));
    }

    private static <T> T pick(Fields f, T household, T own, String pointer) {
        if (household != null && own != null && !household.equals(own)) {
            f.error(pointer, "must agree with the same field of the household member it describes (foyer/membres)");
        }
        return household != null ? household : own;
    }

    /** A person of foyer/membres, or the societaire record: the same MAIF fields. */
    private static HouseholdMember person(Fields f, JsonNode node, String p) {
        PersonName name = f.name(node, p, "name", true);
        String email = f.matching(node, p, "email", false, EMAIL, "an e-mail address");
        String mobile = f.matching(node, p, "telMobile", false, PHONE,
                "a phone number: digits and spaces, optional leading +");
        return new HouseholdMember(name, f.text(node, p, "quality", false), f.text(node, p, "codeQualitePersonne", false),
                f.date(node, p, "birthdate", false), email, mobile, f.text(node, p, "profession", false),
                f.text(node, p, "familySituation", false));
    }

    /** paymentterms (modalites_paiement_maif.json): the member's way of paying, for every contract. */
    private static PaymentTerms paymentTerms(Fields f, JsonNode record, String member) {
        JsonNode terms = f.object(record, "", "paymentterms", false);
        if (terms == null) {
            return null;
        }
        String p = "/paymentterms";
        f.sameMember(terms, p, "societaire", member, "the contracts: a member file holds one member's records");
        String method = f.text(terms, p, "modePaiement", true);
        JsonNode rib = f.object(terms, p, "rib", false);
        String iban = null;
        String bic = null;
        if (rib != null) {
            String r = p + "/rib";
            iban = f.matching(rib, r, "iban", false, IBAN,
                    "an IBAN: 2 country letters, 2 check digits, then 11 to 30 capitals or digits, without spaces");
            bic = f.matching(rib, r, "bic", false, BIC, "a BIC: 8 or 11 capitals or digits");
        }
        return new PaymentTerms(method, iban, bic);
    }
}
