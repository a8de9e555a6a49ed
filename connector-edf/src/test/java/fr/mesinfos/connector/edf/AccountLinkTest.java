package fr.mesinfos.connector.edf;

import fr.mesinfos.connector.testing.AccountLinkContract;
import io.quarkus.test.junit.QuarkusTest;

/** Persons link their Linky meters by PRM, typed with the spaces printed on bills. */
@QuarkusTest
class AccountLinkTest extends AccountLinkContract {
    @Override
    protected String typedAccount() {
        return "0132 4654 3212 36";
    }

    @Override
    protected String normalizedAccount() {
        return "01324654321236";
    }

    @Override
    protected String notAnAccount() {
        // the pilot's 11-digit usage point id: a PRM cut short
        return "01324654321";
    }
}
