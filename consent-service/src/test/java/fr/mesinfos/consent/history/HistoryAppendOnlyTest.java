package fr.mesinfos.consent.history;

import static fr.mesinfos.consent.TestTokens.COACH;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.Db;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;

/** The consent history is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused. */
@QuarkusTest
class HistoryAppendOnlyTest {

    @Test
    void updateDeleteAndTruncateAreRefused() throws Exception {
        UUID id = UUID.fromString(Consents.active(COACH, TestUsers.GERARD));
        long lines = ((Number) Db.value("SELECT count(*) FROM consent_history WHERE consent_id = ?", id)).longValue();
        assertEquals(2, lines);

        SQLException update = assertThrows(SQLException.class,
                () -> Db.update("UPDATE consent_history SET to_status = 'REJECTED' WHERE consent_id = ?", id));
        assertThat(update.getMessage(), containsString("append-only"));
        SQLException delete = assertThrows(SQLException.class, () -> Db.update("DELETE FROM consent_history WHERE consent_id = ?", id));
        assertThat(delete.getMessage(), containsString("append-only"));
        SQLException truncate = assertThrows(SQLException.class, () -> Db.update("TRUNCATE consent_history CASCADE"));
        assertThat(truncate.getMessage(), containsString("append-only"));

        assertEquals(lines, ((Number) Db.value("SELECT count(*) FROM consent_history WHERE consent_id = ?", id)).longValue());
        assertEquals("ACTIVE", Db.value("SELECT to_status FROM consent_history WHERE consent_id = ? ORDER BY id DESC LIMIT 1", id));
    }
}
