package fr.mesinfos.connector.orange;

import java.util.List;

import fr.mesinfos.connector.testing.ErasureContract;
import io.quarkus.test.junit.QuarkusTest;

/** The vault's erasures reach Orange's connector: erasing all of a person's data unlinks their lines. */
@QuarkusTest
class ErasureTest extends ErasureContract {
    @Override
    protected String partner() {
        return "orange";
    }

    @Override
    protected String format() {
        return "geopoints";
    }

    @Override
    protected List<String> germaineAccounts() {
        return List.of("33644556677", "33644556688");
    }

    @Override
    protected String gerardAccount() {
        return "33655667788";
    }

    @Override
    protected String validBatch(String account) {
        return GeopointBatches.fixes(account, 2, 0);
    }
}
