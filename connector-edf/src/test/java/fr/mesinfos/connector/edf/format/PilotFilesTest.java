package fr.mesinfos.connector.edf.format;

import static fr.mesinfos.connector.edf.format.Records.file;
import static fr.mesinfos.connector.edf.format.Records.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.PartnerFormat;

/** Every EDF and Enedis pilot file, pushed as is, against the README's table of outcomes. */
class PilotFilesTest {
    private static final List<PartnerFormat> FORMATS = List.of(new EnedisLoadCurveFormat(),
            new EnedisLegacyLoadCurveFormat(), new EnedisDailyEnergyFormat(), new EnedisLegacyDailyEnergyFormat(),
            new LinkyHalfHourFormat(), new BillingStatementsFormat(), new ContractFormat(), new InvoicesFormat());

    @Test
    void formatNamesAreThePushPathSegments() {
        assertEquals(List.of("enedis-load-curve", "enedis-load-curve-legacy", "enedis-daily-energy",
                "enedis-daily-energy-legacy", "linky-half-hour", "billing-statements", "contract", "invoices"),
                FORMATS.stream().map(PartnerFormat::name).toList());
        FORMATS.forEach(f -> assertTrue(f.name().matches("[a-z0-9-]+") && !f.description().isBlank()));
    }

    /** No pilot file is accepted as delivered: each lacks the full PRM, or has a malformed value, or an embedding. */
    @Test
    void pushedToItsFormatEachPilotFileIsRefusedForTheDocumentedReason() {
        Map<String, String> firstErrors = Map.of(
                "enedis_loadcurve.json", "/usage_point/0/usage_point_id",
                "enedis_energy.json", "/usage_point/0/usage_point_id",
                "consommation_linky_demiheure.json", "/usagePointId",
                "consommation_electrique.json", "/end",
                "contrat_electricite.json", "/client",
                "facture_electricite.json", "/date");
        Map<String, PartnerFormat> formatOf = Map.of(
                "enedis_loadcurve.json", new EnedisLegacyLoadCurveFormat(),
                "enedis_energy.json", new EnedisLegacyDailyEnergyFormat(),
                "consommation_linky_demiheure.json", new LinkyHalfHourFormat(),
                "consommation_electrique.json", new BillingStatementsFormat(),
                "contrat_electricite.json", new ContractFormat(),
                "facture_electricite.json", new InvoicesFormat());
        firstErrors.forEach((name, field) -> {
            JsonNode records = file("pilot/" + name);
            Map<String, String> errors = refused(formatOf.get(name), records.get(0));
            assertTrue(errors.containsKey(field), name + " " + errors);
            for (JsonNode record : records) {
                refused(formatOf.get(name), record);
            }
        });
    }

    /** Files no canonical category holds (identity, usage points, address, max power, home profile, estimates). */
    @Test
    void unsupportedPilotFilesAreRefusedByEveryFormat() {
        for (String name : List.of("enedis_customer_identity.json", "enedis_customer_usagepoints.json",
                "enedis_customer_usagepointaddress.json", "enedis_maxpower.json", "profile_energetique_habitat.json",
                "estimation_consommation_edelia.json", "client_edf.json", "modalites_paiement_edf.json")) {
            for (JsonNode record : file("pilot/" + name)) {
                for (PartnerFormat format : FORMATS) {
                    refused(format, record);
                }
            }
        }
    }
}
