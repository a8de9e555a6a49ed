package fr.mesinfos.connector.orange;

import static fr.mesinfos.connector.testing.PilotFilesContract.PilotCase.accepted;
import static fr.mesinfos.connector.testing.PilotFilesContract.PilotCase.refused;

import java.util.List;

import fr.mesinfos.connector.testing.PilotFilesContract;
import fr.mesinfos.events.Category;
import io.quarkus.test.junit.QuarkusTest;

/** Orange's pilot files through the API: the calls are accepted; geoloc (2016-09-31) and invoices (no msisdn) are refused. */
@QuarkusTest
class PilotFilesTest extends PilotFilesContract {
    @Override
    protected String partner() {
        return "orange";
    }

    @Override
    protected String pilotAccount() {
        return "33612345678";
    }

    @Override
    protected List<PilotCase> cases() {
        return List.of(
                accepted("donnees_d_appel_telephonique.json", "communication-logs", 8, Category.ORANGE_CALLS.topic()),
                refused("geoloc.json", "geopoints", "/timestamp"),
                refused("factures_telephone.json", "invoices", "/msisdn"));
    }
}
