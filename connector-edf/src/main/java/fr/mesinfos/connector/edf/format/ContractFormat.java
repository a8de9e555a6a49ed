package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.payload.ElectricityContract;
import fr.mesinfos.events.payload.ElectricityContract.BillFrequency;
import fr.mesinfos.events.payload.ElectricityContract.Status;
import fr.mesinfos.events.payload.ElectricityContract.TariffOption;
import fr.mesinfos.events.payload.PaymentMethod;
import fr.mesinfos.events.payload.PersonName;
import fr.mesinfos.events.payload.PostalAddress;

/**
 * EDF supply contracts: the contrat_electricite.json record, with the client_edf.json record of its holder embedded as
 * "client" and, optionally, the modalites_paiement_edf.json record as "paymentTerms" — one snapshot of the contract.
 */
@ApplicationScoped
public class ContractFormat implements PartnerFormat {
    private static final Pattern POWER = Pattern.compile("([0-9]{1,2}) ?kVA");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{6,20}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Map<String, Status> STATUSES = Map.of(
            "CONTRAT_ACTIF", Status.ACTIVE, "CONTRAT_EN_COURS", Status.PENDING, "CONTRAT_RESILIE", Status.TERMINATED);
    private static final Map<String, TariffOption> OPTIONS = Map.of(
            "OPTION_BASE", TariffOption.BASE, "OPTION_HEURES_CREUSES", TariffOption.HC_HP, "OPTION_EJP", TariffOption.EJP,
            "OPTION_TEMPO", TariffOption.TEMPO, "OPTION_HC_LE_WE", TariffOption.HC_WEEKEND,
            "OPTION_LIBERTE_WE", TariffOption.WEEKEND);
    private static final Map<String, PaymentMethod> MEANS = Map.of(
            "PRELEVEMENT", PaymentMethod.DIRECT_DEBIT, "VIREMENT", PaymentMethod.BANK_TRANSFER,
            "CHEQUE", PaymentMethod.CHEQUE, "CB", PaymentMethod.CARD, "TIP", PaymentMethod.INTERBANK_PAYMENT_ORDER,
            "ESPECES", PaymentMethod.CASH);
    private static final Map<String, BillFrequency> FREQUENCIES = Map.of(
            "MENS", BillFrequency.MONTHLY, "BIME", BillFrequency.BIMONTHLY, "SEME", BillFrequency.HALF_YEARLY,
            "ANNU", BillFrequency.YEARLY);
    private static final Map<String, String> COUNTRIES = Map.of("FRANCE", "FR", "France", "FR", "FR", "FR");
    // the pilot's "encrypted" bank details are a JSON text whose address holds a raw line break
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    @Override
    public String name() {
        return "contract";
    }

    @Override
    public String description() {
        return "EDF electricity supply contract (contrat_electricite) with its holder's client record embedded as client"
                + " and, optionally, the payment terms (modalites_paiement_edf) as paymentTerms";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        f.expect(record, "", "vendor", false, "EDF", "this connector maps EDF contracts only");
        f.expect(record, "", "energie", false, "Électricité", "this format maps electricity contracts only");
        String prm = f.prm(record, "", "pdl");
        String clientId = f.digits(record, "", "clientId", true, 6, 20);
        String number = f.digits(record, "", "number", true, 6, 20);
        String offer = f.text(record, "", "name", true);
        LocalDate start = f.date(record, "", "start", true);
        LocalDate end = f.date(record, "", "end", false);
        if (start != null && end != null && end.isBefore(start)) {
            f.error("/end", "must not be before start");
        }
        Status status = f.code(record, "", "status", true, STATUSES);
        String termination = f.text(record, "", "terminationGrounds", false);
        String troubleshooting = phone(f, record, "", "troubleshootingPhone");
        Integer power = power(f, record);
        TariffOption option = f.code(record, "", "contractSubcategory1", true, OPTIONS);
        ElectricityContract.Meter meter = meter(f, record);
        List<ElectricityContract.ContractService> services = services(f, record);

        Client client = client(f, record, clientId);
        ElectricityContract.PaymentTerms terms = paymentTerms(f, record, clientId);
        if (f.hasErrors()) {
            return List.of();
        }
        return List.of(new Mapped(prm, new ElectricityContract(clientId, number, client.agreement, offer, start, end,
                status, termination, prm, power, option, meter, client.holder, client.coHolder, client.contact,
                client.address, client.service, troubleshooting, services, terms)));
    }

    private static Integer power(Fields f, JsonNode record) {
        String text = f.text(record, "", "power", true);
        if (text == null) {
            return null;
        }
        Matcher m = POWER.matcher(text);
        int kva = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        if (kva < 1 || kva > 36) {
            f.error("/power", "must be a subscribed power from 1 to 36 kVA, written like 6 kVA");
            return null;
        }
        return kva;
    }

    private static ElectricityContract.Meter meter(Fields f, JsonNode record) {
        JsonNode counter = f.object(record, "", "counter", false);
        JsonNode statement = f.object(record, "", "statement", false);
        LocalDate nextReading = statement == null ? null : f.date(statement, "/statement", "prochaineReleve", false);
        if (counter == null) {
            return nextReading == null ? null : new ElectricityContract.Meter(null, null, null, null, null, null, nextReading);
        }
        String p = "/counter";
        String dials = f.text(counter, p, "nombreRoues", false);
        if (dials != null && !dials.matches("[0-9]{1,3}")) {
            f.error(p + "/nombreRoues", "must be 1 to 3 digits");
        }
        return new ElectricityContract.Meter(
                f.text(counter, p, "type", false),
                f.text(counter, p, "comptage", false),
                dials,
                f.quantity(f.decimal(counter, p, "dernierIndex", false), p + "/dernierIndex"),
                f.quantity(f.decimal(counter, p, "annualConsumption", false), p + "/annualConsumption"),
                // EDF's peakHours holds the off-peak (heures creuses) time slots of the meter
                f.text(counter, p, "peakHours", false),
                nextReading);
    }

    /** Two generations of EDF service entries: {nom, activ, start} and {name, status, valueSubscribed, ...}. */
    private static List<ElectricityContract.ContractService> services(Fields f, JsonNode record) {
        JsonNode list = record.get("services");
        if (Fields.absent(list)) {
            return null;
        }
        if (!list.isArray()) {
            f.error("/services", "must be a JSON array");
            return null;
        }
        List<ElectricityContract.ContractService> services = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/services/" + i;
            JsonNode one = list.get(i);
            if (!one.isObject()) {
                f.error(at, "must be a JSON object");
                continue;
            }
            String codeField = spelling(f, one, at, "nom", "name");
            String code = codeField == null ? null : f.text(one, at, codeField, true);
            if (code != null && !code.matches("[A-Z0-9_]+")) {
                f.error(at + "/" + codeField, "must be an EDF service code (capitals, digits, _)");
            }
            String activeField = spelling(f, one, at, "activ", "status");
            Boolean active = activeField == null ? null : f.bool(one, at, activeField, true);
            List<String> available = null;
            JsonNode values = one.get("valuesAvailable");
            if (!Fields.absent(values)) {
                available = new ArrayList<>();
                for (int v = 0; values.isArray() && v < values.size(); v++) {
                    if (!values.get(v).isTextual()) {
                        f.error(at + "/valuesAvailable/" + v, "must be a JSON string");
                    }
                    available.add(values.get(v).asText());
                }
                if (!values.isArray()) {
                    f.error(at + "/valuesAvailable", "must be a JSON array");
                }
            }
            services.add(new ElectricityContract.ContractService(code, Boolean.TRUE.equals(active),
                    f.instant(one, at, "start", false), f.text(one, at, "valueSubscribed", false), available));
        }
        return services;
    }

    // the field name to read among two spellings of one field (older, newer); both at once would be ambiguous
    private static String spelling(Fields f, JsonNode one, String at, String older, String newer) {
        if (one.has(older) && one.has(newer)) {
            f.error(at + "/" + newer, "must not be given together with " + older + " (two spellings of one field)");
            return null;
        }
        return one.has(older) ? older : newer;
    }

    /** What the embedded client_edf record gives the contract. */
    private record Client(String agreement, PersonName holder, PersonName coHolder,
            ElectricityContract.HolderContact contact, PostalAddress address, ElectricityContract.CustomerService service) {
    }

    private static Client client(Fields f, JsonNode record, String clientId) {
        JsonNode client = f.object(record, "", "client", true);
        if (client == null) {
            return null;
        }
        String p = "/client";
        f.expect(client, p, "vendor", false, "EDF", "this connector maps EDF customers only");
        sameClient(f, client, p, clientId);
        String agreement = f.digits(client, p, "numeroAcc", false, 6, 20);
        PersonName holder = null;
        JsonNode name = f.object(client, p, "name", true);
        if (name != null) {
            holder = new PersonName(f.text(name, p + "/name", "prefix", false), f.text(name, p + "/name", "given", false),
                    f.text(name, p + "/name", "family", true), null);
        }
        PersonName coHolder = null;
        JsonNode co = f.object(client, p, "coHolder", false);
        if (co != null) {
            coHolder = new PersonName(f.text(co, p + "/coHolder", "prefix", false),
                    f.text(co, p + "/coHolder", "given", false), f.text(co, p + "/coHolder", "family", true), null);
        }
        String email = f.text(client, p, "email", false);
        String mobile = phone(f, client, p, "telMobile");
        ElectricityContract.HolderContact contact = email == null && mobile == null
                ? null : new ElectricityContract.HolderContact(email, mobile, null);
        PostalAddress address = address(f, client, p, "address", true);
        ElectricityContract.CustomerService service = null;
        JsonNode commercial = f.object(client, p, "commercialContact", false);
        if (commercial != null) {
            String c = p + "/commercialContact";
            service = new ElectricityContract.CustomerService(f.text(commercial, c, "title", true),
                    phone(f, commercial, c, "phone"), address(f, commercial, c, "address", false));
        }
        return new Client(agreement, holder, coHolder, contact, address, service);
    }

    private static void sameClient(Fields f, JsonNode embedded, String p, String clientId) {
        String embeddedId = f.digits(embedded, p, "clientId", false, 6, 20);
        if (embeddedId != null && clientId != null && !embeddedId.equals(clientId)) {
            f.error(p + "/clientId", "must be the contract's clientId: an embedded record belongs to the same customer");
        }
    }

    /** A French address: street, a 5-digit postcode, city; "formated" is EDF's rendering of the same, ignored. */
    private static PostalAddress address(Fields f, JsonNode parent, String p, String name, boolean required) {
        JsonNode node = f.object(parent, p, name, required);
        if (node == null) {
            return null;
        }
        String a = p + "/" + name;
        String postcode = f.text(node, a, "postcode", true);
        if (postcode != null && !postcode.matches("[0-9]{5}")) {
            f.error(a + "/postcode", "must be a French postcode of exactly 5 digits");
        }
        String country = f.code(node, a, "country", false, COUNTRIES);
        return new PostalAddress(f.text(node, a, "street", true), null, postcode, f.text(node, a, "city", true), null,
                country);
    }

    private static String phone(Fields f, JsonNode parent, String p, String name) {
        String value = f.text(parent, p, name, false);
        if (value != null && !PHONE.matcher(value).matches()) {
            f.error(p + "/" + name, "must be a phone number: digits and spaces, optional leading +");
            return null;
        }
        return value;
    }

    private static ElectricityContract.PaymentTerms paymentTerms(Fields f, JsonNode record, String clientId) {
        JsonNode terms = f.object(record, "", "paymentTerms", false);
        if (terms == null) {
            return null;
        }
        String p = "/paymentTerms";
        f.expect(terms, p, "vendor", false, "EDF", "this connector maps EDF payment terms only");
        sameClient(f, terms, p, clientId);
        PaymentMethod method = f.code(terms, p, "paymentMeans", true, MEANS);
        BillFrequency frequency = f.code(terms, p, "billFrequency", false, FREQUENCIES);
        BigDecimal balance = f.decimal(terms, p, "balance", false);
        String payer = f.digits(terms, p, "idPayer", false, 6, 20);
        Boolean divergent = f.bool(terms, p, "payerDivergent", false);
        ElectricityContract.LastPayment last = null;
        JsonNode payment = f.object(terms, p, "dernierReglement", false);
        if (payment != null) {
            String d = p + "/dernierReglement";
            last = new ElectricityContract.LastPayment(f.instant(payment, d, "date", true),
                    f.decimal(payment, d, "amount", true), f.text(payment, d, "type", false));
        }
        return new ElectricityContract.PaymentTerms(method, frequency, balance, payer, divergent, bankAccount(f, terms, p),
                last, schedule(f, terms, p));
    }

    /**
     * encryptedBankDetails: the pilot delivers it as a JSON text (bank, iban, holder), not encrypted; such a text is
     * read. A text that is not JSON is taken for real ciphertext the connector holds no key for, and left out.
     */
    private static ElectricityContract.BankAccount bankAccount(Fields f, JsonNode terms, String p) {
        String text = f.text(terms, p, "encryptedBankDetails", false);
        if (text == null || !text.startsWith("{")) {
            return null;
        }
        String at = p + "/encryptedBankDetails";
        JsonNode details;
        try {
            details = LENIENT.readTree(text);
        } catch (java.io.IOException e) {
            f.error(at, "starts like a JSON object but is not valid JSON");
            return null;
        }
        String iban = f.text(details, at, "iban", true);
        if (iban != null && !IBAN.matcher(iban).matches()) {
            f.error(at + "/iban", "must be an IBAN: country letters, 2 check digits, then 11 to 30 capitals or digits");
        }
        return new ElectricityContract.BankAccount(f.text(details, at, "bank", false), iban,
                f.text(details, at, "holder", false));
    }

    private static List<ElectricityContract.ScheduledPayment> schedule(Fields f, JsonNode terms, String p) {
        JsonNode list = terms.get("paymentSchedules");
        if (Fields.absent(list)) {
            return null;
        }
        if (!list.isArray()) {
            f.error(p + "/paymentSchedules", "must be a JSON array");
            return null;
        }
        List<ElectricityContract.ScheduledPayment> schedule = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = p + "/paymentSchedules/" + i;
            JsonNode one = list.get(i);
            if (!one.isObject()) {
                f.error(at, "must be a JSON object");
                continue;
            }
            JsonNode number = one.get("number");
            if (Fields.absent(number) || !number.canConvertToExactIntegral() || number.asInt() < 1) {
                f.error(at + "/number", "must be a whole number from 1");
            }
            Boolean paid = f.bool(one, at, "paid", true);
            schedule.add(new ElectricityContract.ScheduledPayment(Fields.absent(number) ? 0 : number.asInt(),
                    f.date(one, at, "scheduleDate", true), f.date(one, at, "receiptDate", false),
                    Objects.requireNonNullElse(paid, false), f.decimal(one, at, "amount", true),
                    f.decimal(one, at, "amountElectricity", false), f.decimal(one, at, "amountGas", false)));
        }
        return schedule;
    }
}
