package fr.mesinfos.connector.orange;

import fr.mesinfos.connector.testing.PushContract;
import fr.mesinfos.events.Category;
import io.quarkus.test.junit.QuarkusTest;

/** Orange pushes location fixes in its own format; the shared push guarantees hold. */
@QuarkusTest
class PushTest extends PushContract {
    private static final String ACCOUNT = "33622334455";

    @Override
    protected String partner() {
        return "orange";
    }

    @Override
    protected String otherPartner() {
        return "maif";
    }

    @Override
    protected String format() {
        return "geopoints";
    }

    @Override
    protected String topic() {
        return Category.ORANGE_GEOLOCATION.topic();
    }

    @Override
    protected String account() {
        return ACCOUNT;
    }

    @Override
    protected String validBatch(String account) {
        return GeopointBatches.fixes(account, 3, 0);
    }

    @Override
    protected int validBatchEvents() {
        return 3;
    }

    @Override
    protected String invalidBatch(String account) {
        // the second fix is at latitude 123: impossible
        return "[" + GeopointBatches.fix(account, "2016-09-01T09:00:00Z", 45.75) + ","
                + GeopointBatches.fix(account, "2016-09-01T09:30:00Z", 123.0) + ","
                + GeopointBatches.fix(account, "2016-09-01T10:00:00Z", 45.76) + "]";
    }

    @Override
    protected int invalidIndex() {
        return 1;
    }

    @Override
    protected String invalidField() {
        return "/latitude";
    }
}
