package fr.mesinfos.connector.maif;

import static fr.mesinfos.connector.testing.PilotFilesContract.PilotCase.accepted;
import static fr.mesinfos.connector.testing.PilotFilesContract.PilotCase.refused;

import java.util.List;

import fr.mesinfos.connector.testing.PilotFilesContract;
import fr.mesinfos.events.Category;
import io.quarkus.test.junit.QuarkusTest;

/**
 * MAIF's pilot files through the API: the vehicle claim and the contracts are accepted; the home claim (postcode
 * "6900") and a member document without its contract are refused.
 */
@QuarkusTest
class PilotFilesTest extends PilotFilesContract {
    @Override
    protected String partner() {
        return "maif";
    }

    @Override
    protected String pilotAccount() {
        return "1234567";
    }

    @Override
    protected List<PilotCase> cases() {
        return List.of(
                accepted("sinistre_vehicule.json", "claims", 1, Category.MAIF_CLAIMS.topic()),
                accepted("contrat_maif.json", "member-file", 2, Category.MAIF_HOME_CONTRACT.topic()),
                refused("sinistre_habitation.json", "claims", "/address/postCode"),
                refused("domicile_maif.json", "member-file", "/contrat"));
    }
}
