package org.lanterne.instruments.api;

/**
 * How many scored items may be missing and how they are handled.
 *
 * @param mode       what is done with missing items
 * @param maxMissing the most items that may be missing; {@code -1} for no limit
 *                   (not allowed with {@link MissingMode#ALLOW_UP_TO})
 */
public record MissingPolicy(MissingMode mode, int maxMissing) {
}
