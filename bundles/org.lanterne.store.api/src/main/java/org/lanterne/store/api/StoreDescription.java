package org.lanterne.store.api;

/**
 * What database an installation uses, for operators and the About view.
 *
 * @param engine    {@code derby} (embedded) or {@code postgresql}
 * @param location  the database folder or server address, without credentials
 * @param encrypted whether the data files are encrypted at rest
 */
public record StoreDescription(String engine, String location, boolean encrypted) {
}
