package org.lanterne.store.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.store.api.StoreUnavailableException;

/** Against a real Derby network server on loopback, started for these tests. */
class DerbyNetworkDatabaseTest {

    @TempDir
    static Path serverHome;

    private static NetworkServerControl server;
    private static int port;

    @BeforeAll
    static void startServer() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        server.start(new PrintWriter(new StringWriter()));
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                server.ping();
                return;
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the Derby network server did not start");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.shutdown();
    }

    @Test
    void createsAnEncryptedDatabaseOnFirstUseAndOpensItAgainWithTheKey() throws Exception {
        // An absolute name: the engine in this JVM may have booted already with another system home.
        String name = serverHome.resolve("shared").toString();
        DerbyNetworkDatabase first = new DerbyNetworkDatabase("127.0.0.1", port, name, "lanterne", "any", "network-key-123456");
        new SchemaMigrations(first.dataSource(), first.engine()).migrate("unit",
                List.of(new MigrationScript(1, "step", Optional.empty(), "CREATE TABLE shared_note (id INTEGER);")));
        try (Connection c = first.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO shared_note VALUES (7)");
        }
        assertEquals("derby-network", first.description().engine());
        assertEquals("//127.0.0.1:" + port + "/" + name, first.description().location());
        assertTrue(first.description().encrypted());

        DerbyNetworkDatabase again = new DerbyNetworkDatabase("127.0.0.1", port, name, "lanterne", "any", "network-key-123456");
        try (Connection c = again.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id FROM shared_note")) {
            assertTrue(rows.next());
            assertEquals(7, rows.getInt(1));
        }
    }

    @Test
    void anUnreachableServerIsNamedInTheError() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class,
                () -> new DerbyNetworkDatabase("127.0.0.1", closed, "shared", "lanterne", "any", "network-key-123456"));
        assertEquals("The Derby network database //127.0.0.1:" + closed + "/shared cannot be reached.", refused.getMessage());
    }
}
