package org.lanterne.core.api;

/** Health of a component or of the whole installation. */
public enum Status {
    UP, DOWN
}
