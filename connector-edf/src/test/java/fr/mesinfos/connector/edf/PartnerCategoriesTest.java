package fr.mesinfos.connector.edf;

import fr.mesinfos.connector.testing.PartnerCategoriesContract;
import io.quarkus.test.junit.QuarkusTest;

/** Only EDF's own service account may use the EDF connector. */
@QuarkusTest
class PartnerCategoriesTest extends PartnerCategoriesContract {
    @Override
    protected String partner() {
        return "edf";
    }

    @Override
    protected String otherPartner() {
        return "maif";
    }

    @Override
    protected String[] expectedCategories() {
        return new String[] {"edf.load-curve", "edf.daily-consumption", "edf.contract", "edf.invoices"};
    }
}
