package fr.mesinfos.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The database is a real PostgreSQL server: a row written through JDBC is read back. */
class PostgresServerTest {

    @Test
    void rowWrittenIsReadBack() throws Exception {
        Map<String, String> config = SharedInfrastructure.postgres("testkit_check");
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), PostgresServer.USER, "")) {
            try (ResultSet version = connection.createStatement().executeQuery("SHOW server_version")) {
                assertTrue(version.next());
                assertFalse(version.getString(1).isBlank());
            }
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS account_link (id serial PRIMARY KEY, partner text NOT NULL, account text NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account_link (partner, account) VALUES (?, ?) RETURNING id")) {
                insert.setString(1, "edf");
                insert.setString(2, "01324654321236");
                try (ResultSet id = insert.executeQuery()) {
                    assertTrue(id.next());
                    try (PreparedStatement select = connection.prepareStatement("SELECT partner, account FROM account_link WHERE id = ?")) {
                        select.setInt(1, id.getInt(1));
                        try (ResultSet row = select.executeQuery()) {
                            assertTrue(row.next());
                            assertEquals("edf", row.getString("partner"));
                            assertEquals("01324654321236", row.getString("account"));
                        }
                    }
                }
            }
        }
    }

    @Test
    void databaseCreationIsIdempotent() {
        assertEquals(SharedInfrastructure.postgres("testkit_twice"), SharedInfrastructure.postgres("testkit_twice"));
    }
}
