package org.lanterne.store.provider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.lanterne.store.api.StoreUnavailableException;

/**
 * Opens an embedded Derby database whose files are encrypted with AES (Derby's own data
 * encryption), creating it on first use, and turns Derby's error codes into messages an operator
 * can act on.
 */
final class EncryptedDerby {

    private EncryptedDerby() {
    }

    static EmbeddedDataSource open(Path folder, String bootKey) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.toAbsolutePath().toString());
        if (Files.exists(folder)) {
            dataSource.setConnectionAttributes("bootPassword=" + bootKey);
        } else {
            dataSource.setCreateDatabase("create");
            dataSource.setConnectionAttributes("dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256;bootPassword="
                    + bootKey);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(0);
        } catch (SQLException e) {
            throw new StoreUnavailableException(explain(folder, e), e);
        }
        // Later connections must neither re-create nor re-encrypt: keep only the key.
        dataSource.setCreateDatabase(null);
        dataSource.setConnectionAttributes("bootPassword=" + bootKey);
        return dataSource;
    }

    /** Shuts the database down cleanly so that the next start needs no recovery. */
    static void close(EmbeddedDataSource dataSource) {
        dataSource.setShutdownDatabase("shutdown");
        try (Connection ignored = dataSource.getConnection()) {
            // Derby reports a successful shutdown with SQLState 08006.
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw new StoreUnavailableException("The database at " + dataSource.getDatabaseName() + " did not shut down cleanly: "
                        + expected.getMessage(), expected);
            }
        }
    }

    static String explain(Path folder, SQLException error) {
        for (SQLException e = error; e != null; e = e.getNextException()) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql) {
                    switch (String.valueOf(sql.getSQLState())) {
                        case "XBM06":
                            return "The database at " + folder + " cannot be opened: the encryption key is wrong.";
                        case "XSDB6":
                            return "The database at " + folder + " is already in use by another Lanterne process.";
                        case "XBM0J":
                            return "The folder " + folder + " already exists but holds no Lanterne database.";
                        default:
                            break;
                    }
                }
            }
        }
        return "The database at " + folder + " cannot be opened: " + error.getMessage();
    }
}
