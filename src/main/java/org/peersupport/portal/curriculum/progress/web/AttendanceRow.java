package org.peersupport.portal.curriculum.progress.web;

import java.io.Serializable;
import java.time.Instant;
import org.peersupport.portal.curriculum.progress.AttendanceMark;

/** A member's line on the attendance sheet, holding the toggle's value between requests. */
public final class AttendanceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long memberId;
    private final String displayName;
    private AttendanceMark mark;
    private Instant savedAt;

    AttendanceRow(long memberId, String displayName, AttendanceMark mark, Instant savedAt) {
        this.memberId = memberId;
        this.displayName = displayName;
        this.mark = mark;
        this.savedAt = savedAt;
    }

    void saved(Instant at) {
        savedAt = at;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public void setMark(AttendanceMark mark) {
        this.mark = mark;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
