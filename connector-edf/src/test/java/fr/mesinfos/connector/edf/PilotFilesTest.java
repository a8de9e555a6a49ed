package fr.mesinfos.connector.edf;

import static fr.mesinfos.connector.testing.PilotFilesContract.PilotCase.refused;

import java.util.List;

import fr.mesinfos.connector.testing.PilotFilesContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * EDF's and Enedis' pilot files through the API, as delivered: each is refused with the documented reason (11-digit
 * usage points, records naming no meter, an impossible date, a contract without its customer).
 */
@QuarkusTest
class PilotFilesTest extends PilotFilesContract {
    @Override
    protected String partner() {
        return "edf";
    }

    @Override
    protected String pilotAccount() {
        return "01324654321236";
    }

    @Override
    protected List<PilotCase> cases() {
        return List.of(
                refused("enedis_loadcurve.json", "enedis-load-curve-legacy", "/usage_point/0/usage_point_id"),
                refused("enedis_energy.json", "enedis-daily-energy-legacy", "/usage_point/0/usage_point_id"),
                refused("consommation_linky_demiheure.json", "linky-half-hour", "/usagePointId"),
                refused("consommation_electrique.json", "billing-statements", "/end"),
                refused("facture_electricite.json", "invoices", "/date"),
                refused("contrat_electricite.json", "contract", "/client"));
    }
}
