package fr.mesinfos.simulators;

import java.time.LocalDate;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A supply contract as EDF delivered it (format contract): contrat_electricite.json with the holder's client_edf.json
 * as client and modalites_paiement_edf.json as paymentTerms, shaped like the pilot's Tarif Bleu; electrically heated
 * homes subscribe more power, off-peak hours and a bigger monthly instalment.
 */
public final class EdfContracts {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EdfContracts() {
    }

    /** The contract as it stands on the day asOf (the first simulated day). */
    public static ObjectNode of(long seed, Persona persona, LocalDate asOf) {
        SplittableRandom random = persona.random(seed, 2, null);
        boolean heated = persona.electricHeating();
        String clientId = String.format("60%08d", persona.index());
        int power = heated ? (random.nextBoolean() ? 9 : 12) : (persona.householdSize() > 2 ? 9 : 6);
        long annualKwh = Math.round((heated ? 9_000 : 2_200) + 700 * persona.householdSize() + random.nextInt(1_500));
        int monthly = (int) Math.round(annualKwh * 0.15 / 10.0);
        LocalDate start = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(365 * 10));
        ObjectNode contract = JSON.objectNode()
                .put("vendor", "EDF")
                .put("clientId", clientId)
                .put("number", String.format("1%09d", persona.index()))
                .put("name", "Tarif Bleu")
                .put("start", start.toString())
                .putNull("end")
                .put("status", "CONTRAT_ACTIF")
                .putNull("terminationGrounds")
                .put("pdl", persona.prm())
                .put("energie", "Électricité")
                .put("troubleshootingPhone", "09 726 750 69")
                .put("power", power + " kVA")
                .put("contractSubcategory1", heated ? "OPTION_HEURES_CREUSES" : "OPTION_BASE");
        contract.putObject("counter")
                .put("comptage", heated ? "HC-HP" : "BASE")
                .put("nombreRoues", "006")
                .put("dernierIndex", (annualKwh * (3 + random.nextInt(8))) + ".0")
                .put("type", "LINKY")
                .put("annualConsumption", Long.toString(annualKwh))
                .put("peakHours", heated ? "HC (22H00-6H00)" : null);
        contract.putObject("statement").put("prochaineReleve", asOf.plusDays(1 + random.nextInt(60)).toString());
        ArrayNode services = contract.putArray("services");
        services.addObject().put("nom", "SER_BILANCONSO").put("start", start.plusDays(30) + "T00:00:00+01:00").put("activ", "true");
        services.addObject().put("name", "PRELEVEMENT_AUTOMATIQUE").put("status", "true").put("valueSubscribed", "10")
                .putArray("valuesAvailable").add("04").add("10");

        ObjectNode client = contract.putObject("client").put("clientId", clientId).put("vendor", "EDF")
                .put("numeroAcc", String.format("00%09d", persona.index()));
        client.putObject("address").put("street", persona.homeStreet()).put("city", persona.home().city())
                .put("postcode", persona.home().postcode()).put("country", "FRANCE");
        client.putObject("name").put("prefix", persona.title()).put("family", persona.familyName()).put("given", persona.givenName());
        client.put("email", persona.email()).put("telMobile", "0" + persona.msisdn().substring(2));
        ObjectNode commercial = client.putObject("commercialContact").put("title", "Lyon Part-Dieu").put("phone", "09 69 32 15 15");
        commercial.putObject("address").put("street", "TSA 20012").put("postcode", "41975").put("city", "BLOIS CEDEX 9");

        ObjectNode terms = contract.putObject("paymentTerms").put("vendor", "EDF").put("clientId", clientId)
                .put("paymentMeans", "PRELEVEMENT").put("billFrequency", "ANNU").put("balance", 0.0)
                .put("idPayer", clientId).put("payerDivergent", false)
                .put("encryptedBankDetails", "{\"bank\": \"STE GENERALE\", \"iban\": \"FR7630003" + String.format("%018d", persona.index())
                        + "\", \"holder\": \"" + persona.title() + " " + persona.givenName() + " " + persona.familyName() + "\"}");
        LocalDate lastPayment = asOf.withDayOfMonth(10).minusMonths(1);
        terms.putObject("dernierReglement").put("amount", monthly + ".00")
                .put("date", lastPayment + "T00:00:00.000" + Calendar.PARIS.getRules().getOffset(lastPayment.atStartOfDay()))
                .put("type", "ENCAISSEMENT_PRELEVEMENT");
        ArrayNode schedules = terms.putArray("paymentSchedules");
        for (int n = 1; n <= 10; n++) {
            LocalDate due = LocalDate.of(asOf.getYear(), 1, 10).plusMonths(n);
            boolean paid = !due.isAfter(asOf);
            ObjectNode schedule = schedules.addObject().put("number", n);
            if (paid) {
                schedule.put("receiptDate", due.toString());
            } else {
                schedule.putNull("receiptDate");
            }
            schedule.put("scheduleDate", due.toString()).put("paid", paid).put("amount", monthly).put("amountGas", 0)
                    .put("amountElectricity", monthly);
        }
        return contract;
    }
}
