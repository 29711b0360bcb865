package org.lanterne.store.provider;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.ClientDataSource;
import org.eclipse.persistence.config.TargetDatabase;
import org.lanterne.store.api.StoreDescription;
import org.lanterne.store.api.StoreUnavailableException;

/**
 * A database served by a Derby network server, for a few workstations sharing one database on a
 * local network. Like the embedded database it is encrypted with the installation's boot key,
 * which Lanterne sends when it boots the database; it creates the database the first time.
 */
final class DerbyNetworkDatabase implements Database {

    private final String host;
    private final int port;
    private final String name;
    private final ClientDataSource dataSource;

    DerbyNetworkDatabase(String host, int port, String name, String user, String password, String bootKey) {
        this.host = host;
        this.port = port;
        this.name = name;
        dataSource = new ClientDataSource();
        dataSource.setServerName(host);
        dataSource.setPortNumber(port);
        dataSource.setDatabaseName(name);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setConnectionAttributes("bootPassword=" + bootKey);
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            if (!"08004".equals(e.getSQLState()) || !String.valueOf(e.getMessage()).contains("not found")) {
                throw new StoreUnavailableException(explain(e), e);
            }
            create(bootKey);
        }
        // Later connections only boot the database: they must never re-create or re-encrypt it.
        dataSource.setConnectionAttributes("bootPassword=" + bootKey);
    }

    private void create(String bootKey) {
        dataSource.setConnectionAttributes("create=true;dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256;bootPassword="
                + bootKey);
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new StoreUnavailableException(explain(e), e);
        }
    }

    @Override
    public String engine() {
        return "derby";
    }

    @Override
    public String targetDatabase() {
        return TargetDatabase.Derby;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public StoreDescription description() {
        return new StoreDescription("derby-network", "//" + host + ":" + port + "/" + name, true);
    }

    @Override
    public void backup(java.nio.file.Path target) throws SQLException {
        throw new SQLException("A database on a Derby network server is backed up on the server's machine.");
    }

    @Override
    public String explain(SQLException error) {
        String state = String.valueOf(error.getSQLState());
        String where = "The Derby network database //" + host + ":" + port + "/" + name;
        if (state.startsWith("08001")) {
            return where + " cannot be reached.";
        }
        if (String.valueOf(error.getMessage()).contains("boot password") || state.equals("XBM06")) {
            return where + " cannot be opened: the encryption key is wrong.";
        }
        if (state.equals("08004")) {
            return where + " refused the connection (user, password or database).";
        }
        return where + " cannot be used (SQL state " + state + ").";
    }

    @Override
    public void close() {
        // The server owns the database: nothing to shut down here.
    }
}
