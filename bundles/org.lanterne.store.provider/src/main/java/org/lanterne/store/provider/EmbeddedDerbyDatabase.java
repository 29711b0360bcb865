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
    public String explain(SQLException error) {
        return EncryptedDerby.explain(folder, error);
    }

    @Override
    public void close() {
        EncryptedDerby.close(dataSource);
    }
}
