package fr.mesinfos.connector.orange;

import fr.mesinfos.connector.testing.PartnerCategoriesContract;
import io.quarkus.test.junit.QuarkusTest;

/** Only ORANGE's own service account may use the ORANGE connector. */
@QuarkusTest
class PartnerCategoriesTest extends PartnerCategoriesContract {
    @Override
    protected String partner() {
        return "orange";
    }

    @Override
    protected String otherPartner() {
        return "edf";
    }

    @Override
    protected String[] expectedCategories() {
        return new String[] {"orange.geolocation", "orange.calls", "orange.invoices"};
    }
}
