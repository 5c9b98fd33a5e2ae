package org.peersupport.portal.workshop;

/** The day's record for a confirmed attendee: came, or did not (a no-show counts in the figures). */
public enum CheckIn {
    ATTENDED,
    NO_SHOW
}
