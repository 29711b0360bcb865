package org.lanterne.store.provider;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.persistence.config.TargetDatabase;
import org.lanterne.store.api.StoreDescription;
import org.lanterne.store.api.StoreUnavailableException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server, for services larger than one machine. Encryption at rest is the server's
 * (disk or tablespace encryption); connections should use TLS when the server is not local.
 */
final class PostgresqlDatabase implements Database {

    private final String url;
    private final PGSimpleDataSource dataSource;

    PostgresqlDatabase(String url, String user, String password) {
        this.url = url;
        this.dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setApplicationName("lanterne");
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new StoreUnavailableException(explain(e), e);
        }
    }

    @Override
    public String engine() {
        return "postgresql";
    }

    @Override
    public String targetDatabase() {
        return TargetDatabase.PostgreSQL;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public StoreDescription description() {
        // The URL names host, port and database only; credentials are kept apart from it.
        return new StoreDescription(engine(), url, false);
    }

    @Override
    public void backup(java.nio.file.Path target) throws SQLException {
        throw new SQLException("Lanterne backs up embedded databases only; back PostgreSQL up with its own tools (pg_dump, pg_basebackup).");
    }

    @Override
    public String explain(SQLException error) {
        String state = String.valueOf(error.getSQLState());
        if (state.equals("28P01") || state.equals("28000")) {
            return "The PostgreSQL server at " + url + " refused the configured user name or password.";
        }
        if (state.equals("3D000")) {
            return "The PostgreSQL server at " + url + " has no such database.";
        }
        if (state.startsWith("08")) {
            return "The PostgreSQL server at " + url + " cannot be reached.";
        }
        return "The PostgreSQL database at " + url + " cannot be used (SQL state " + state + ").";
    }

    @Override
    public void close() {
        // Connections are closed after each use: nothing is held open.
    }
}
