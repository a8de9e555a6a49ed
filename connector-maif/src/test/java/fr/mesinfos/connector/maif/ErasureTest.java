package fr.mesinfos.connector.maif;

import java.util.List;

import fr.mesinfos.connector.testing.ErasureContract;
import io.quarkus.test.junit.QuarkusTest;

/** The vault's erasures reach the MAIF connector: erasing all of a person's data unlinks their member numbers. */
@QuarkusTest
class ErasureTest extends ErasureContract {
    @Override
    protected String partner() {
        return "maif";
    }

    @Override
    protected String format() {
        return "claims";
    }

    @Override
    protected List<String> germaineAccounts() {
        return List.of("3456789", "3456790");
    }

    @Override
    protected String gerardAccount() {
        return "4567890";
    }

    @Override
    protected String validBatch(String account) {
        // a claim's event id is its reference alone: one of each account's own, so no other test sees these events
        return "[" + PushTest.vehicleClaim(account, "E" + account + "X") + "]";
    }
}
