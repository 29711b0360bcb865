package org.lanterne.store.provider;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.lanterne.store.api.StoreDescription;

/** An opened database engine: where connections come from and how its errors read. */
interface Database extends AutoCloseable {

    /** @return {@code derby} or {@code postgresql}, as in migration script names */
    String engine();

    /** @return EclipseLink's name for the engine's SQL dialect */
    String targetDatabase();

    DataSource dataSource();

    StoreDescription description();

    /**
     * Copies the live database, consistently, into {@code target}/database.
     *
     * @throws SQLException when the engine cannot back itself up online
     */
    void backup(java.nio.file.Path target) throws SQLException;

    /** @return an operator's explanation of a failure, without secrets */
    String explain(SQLException error);

    @Override
    void close();
}
