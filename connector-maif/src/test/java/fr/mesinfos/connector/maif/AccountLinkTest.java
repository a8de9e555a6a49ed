package fr.mesinfos.connector.maif;

import fr.mesinfos.connector.testing.AccountLinkContract;
import io.quarkus.test.junit.QuarkusTest;

/** Members link their MAIF member number, as printed with its key letter. */
@QuarkusTest
class AccountLinkTest extends AccountLinkContract {
    @Override
    protected String typedAccount() {
        return "7654321N";
    }

    @Override
    protected String normalizedAccount() {
        return "7654321";
    }

    @Override
    protected String notAnAccount() {
        return "12-34";
    }
}
