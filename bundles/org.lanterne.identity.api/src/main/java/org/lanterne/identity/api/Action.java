package org.lanterne.identity.api;

/** What a user does to data of one {@link DataClass}. */
public enum Action {
    /** See the data. */
    READ,
    /** Add new data. */
    CREATE,
    /** Change existing data. */
    UPDATE,
    /** Countersign a record as reviewed (a supervisor's sign-off). */
    SIGN_OFF,
    /** Take data out of the installation, for example as a file. */
    EXPORT,
    /** Manage the data's settings and its lifecycle, for example accounts and their roles. */
    ADMINISTER
}
