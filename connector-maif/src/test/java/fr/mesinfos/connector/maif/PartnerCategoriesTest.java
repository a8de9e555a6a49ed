package fr.mesinfos.connector.maif;

import fr.mesinfos.connector.testing.PartnerCategoriesContract;
import io.quarkus.test.junit.QuarkusTest;

/** Only MAIF's own service account may use the MAIF connector. */
@QuarkusTest
class PartnerCategoriesTest extends PartnerCategoriesContract {
    @Override
    protected String partner() {
        return "maif";
    }

    @Override
    protected String otherPartner() {
        return "orange";
    }

    @Override
    protected String[] expectedCategories() {
        return new String[] {"maif.home-contract", "maif.claims"};
    }
}
