package org.lanterne.notes.api;

/** What became of a session: planned until it is held or cancelled. */
public enum Attendance {
    PLANNED, ATTENDED, LATE, CANCELLED_BY_CLIENT, CANCELLED_BY_SERVICE, DID_NOT_ATTEND;

    /** @return whether the client came, on time or late */
    public boolean held() {
        return this == ATTENDED || this == LATE;
    }

    /**
     * @return whether the session counts in the attendance rate: planned sessions have not
     *         happened yet and cancellations by the service are not the client's doing
     */
    public boolean countsForAttendance() {
        return this != PLANNED && this != CANCELLED_BY_SERVICE;
    }
}
