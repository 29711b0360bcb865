package org.lanterne.notes.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What is recorded of a session besides its note.
 *
 * @param day        the day it was (or is planned to be) held
 * @param start      when it starts
 * @param minutes    its length, 1 to 600 minutes
 * @param modality   how it is held
 * @param attendance what became of it
 * @param attendees  for a group session, the other clients' codes; empty otherwise
 * @param goals      the treatment goals it addressed, short phrases
 */
public record SessionDetails(LocalDate day, LocalTime start, int minutes, Modality modality, Attendance attendance,
        List<String> attendees, List<String> goals) {

    public SessionDetails {
        attendees = List.copyOf(attendees);
        goals = List.copyOf(goals);
    }
}
