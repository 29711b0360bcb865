package org.lanterne.audit.provider;

/**
 * What the anchor file said about the head of the trail when verification started.
 *
 * @param state    whether there was an anchor and whether its seal was right
 * @param sequence the last sequence number it recorded (0 unless {@link State#VALID})
 * @param hash     the hash of that event ({@code null} unless {@link State#VALID})
 */
record AnchorReading(State state, long sequence, String hash) {

    enum State {
        /** No anchor: no event was ever recorded, or the file was removed. */
        MISSING,
        /** The anchor and its seal agree. */
        VALID,
        /** The anchor cannot be read or its seal does not match its content. */
        INVALID
    }

    static final AnchorReading MISSING = new AnchorReading(State.MISSING, 0, null);
    static final AnchorReading INVALID = new AnchorReading(State.INVALID, 0, null);

    static AnchorReading valid(long sequence, String hash) {
        return new AnchorReading(State.VALID, sequence, hash);
    }
}
