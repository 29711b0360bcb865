package org.lanterne.core.api;

/** Manifest headers that the build writes into every Lanterne bundle. */
public final class LanterneHeaders {

    /** The Lanterne release a bundle belongs to, as users see it, for example {@code 0.1.0}. */
    public static final String VERSION = "Lanterne-Version";

    private LanterneHeaders() {
    }
}
