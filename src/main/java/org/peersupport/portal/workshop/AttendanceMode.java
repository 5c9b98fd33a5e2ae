package org.peersupport.portal.workshop;

/** Where people take part: a room (with an address) or online (with a link for confirmed attendees only). */
public enum AttendanceMode {
    IN_PERSON,
    ONLINE
}
