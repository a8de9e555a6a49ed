package fr.mesinfos.connector.edf;

import java.util.List;

import fr.mesinfos.connector.testing.ErasureContract;
import io.quarkus.test.junit.QuarkusTest;

/** The vault's erasures reach the EDF connector: erasing all of a person's data unlinks their meters. */
@QuarkusTest
class ErasureTest extends ErasureContract {
    @Override
    protected String partner() {
        return "edf";
    }

    @Override
    protected String format() {
        return "enedis-load-curve";
    }

    @Override
    protected List<String> germaineAccounts() {
        return List.of("11223344556677", "11223344556688");
    }

    @Override
    protected String gerardAccount() {
        return "22334455667788";
    }

    @Override
    protected String validBatch(String account) {
        return "[" + PushTest.reading(account, "2017-08-17", "\"230\"", "2017-08-17 00:30:00", "\"258\"", "2017-08-17 01:00:00") + "]";
    }
}
