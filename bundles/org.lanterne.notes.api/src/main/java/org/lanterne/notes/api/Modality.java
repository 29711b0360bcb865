package org.lanterne.notes.api;

/** How a session was held. */
public enum Modality {
    INDIVIDUAL, GROUP, FAMILY, ONLINE, PHONE
}
