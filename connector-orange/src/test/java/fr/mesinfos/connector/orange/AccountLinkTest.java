package fr.mesinfos.connector.orange;

import fr.mesinfos.connector.testing.AccountLinkContract;
import io.quarkus.test.junit.QuarkusTest;

/** Persons link their Orange lines, typed as they usually write a French number. */
@QuarkusTest
class AccountLinkTest extends AccountLinkContract {
    @Override
    protected String typedAccount() {
        return "06 11 22 33 44";
    }

    @Override
    protected String normalizedAccount() {
        return "33611223344";
    }

    @Override
    protected String notAnAccount() {
        return "12345";
    }
}
