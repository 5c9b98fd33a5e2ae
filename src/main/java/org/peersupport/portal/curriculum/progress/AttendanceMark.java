package org.peersupport.portal.curriculum.progress;

/** How a member took part in one session; PRESENT and LATE count as attended. */
public enum AttendanceMark {
    PRESENT,
    LATE,
    EXCUSED,
    ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
