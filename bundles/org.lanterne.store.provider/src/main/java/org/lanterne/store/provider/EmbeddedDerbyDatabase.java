package org.lanterne.store.provider;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.TargetDatabase;
import org.lanterne.store.api.StoreDescription;

/** The default: an embedded Derby database in the data folder, encrypted at rest. */
final class EmbeddedDerbyDatabase implements Database {

    private final Path folder;
    private final EmbeddedDataSource dataSource;

    EmbeddedDerbyDatabase(Path folder, String bootKey) {
        this.folder = folder;
        this.dataSource = EncryptedDerby.open(folder, bootKey);
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
        return new StoreDescription(engine(), folder.toString(), true);
    }

    @Override
    public void backup(Path target) throws SQLException {
        // Derby copies the database folder, under its own name, into the target folder while
        // it keeps working; the copy stays encrypted with the same boot key.
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toString());
            call.execute();
        }
        java.nio.file.Path copy = target.resolve(folder.getFileName());
        if (!copy.getFileName().toString().equals("database")) {
            try {
                java.nio.file.Files.move(copy, target.resolve("database"));
            } catch (java.io.IOException e) {
                throw new SQLException("The backup was written to " + copy + " but cannot be renamed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String explain(SQLException error) {
        return EncryptedDerby.explain(folder, error);
    }

    @Override
    public void close() {
        EncryptedDerby.close(dataSource);
    }
}
