package org.peersupport.portal.curriculum.progress.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.peersupport.portal.curriculum.progress.AttendanceMark;
import org.peersupport.portal.curriculum.progress.ProgressService;
import org.peersupport.portal.curriculum.progress.ProgressService.AttendanceSheet;
import org.peersupport.portal.curriculum.progress.ProgressService.SessionRef;
import org.peersupport.portal.curriculum.progress.SessionNotHeldException;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.DisplayTime;
import org.peersupport.portal.shared.web.Viewer;

/**
 * facilitation/attendance.xhtml?session=…: one row per enrolled member with four toggles; each
 * choice is saved at once (Ajax) and the row says when. Other people's cohorts answer 404.
 */
@Named
@ViewScoped
public class AttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressService progress;

    @Inject
    private Viewer currentMember;

    @Inject
    private DisplayTime displayTime;

    private Long session;
    private Long cohort;
    private AttendanceSheet sheet;
    private List<AttendanceRow> rows = List.of();
    private long markedCount;
    private SessionRef previous;
    private SessionRef next;

    /** Another's cohort answers 404, as a missing one does. */
    public void load() {
        if (session == null && cohort != null) {
            session = progress.sessionToMark(currentMember.getId(), cohort);
        }
        if (session == null) {
            throw new NotFoundException("no session chosen");
        }
        sheet = progress.sheet(currentMember.getId(), session);
        rows = sheet.rows().stream()
                .map(r -> new AttendanceRow(r.memberId(), r.displayName(), r.mark().orElse(null), r.markedAt().orElse(null))).toList();
        int at = sheet.sessions().indexOf(sheet.session());
        previous = at > 0 ? sheet.sessions().get(at - 1) : null;
        next = at < sheet.sessions().size() - 1 ? sheet.sessions().get(at + 1) : null;
        countMarked();
    }

    private void countMarked() {
        markedCount = rows.stream().filter(r -> r.getMark() != null).count();
    }

    /** Ajax: saves the row's new mark straight away. */
    public void save(AttendanceRow row) {
        countMarked();
        if (row.getMark() == null) {
            return;
        }
        try {
            row.saved(progress.mark(currentMember.getId(), session, row.getMemberId(), row.getMark()).getMarkedAt());
        } catch (SessionNotHeldException e) {
            Messages.addGlobalError(Bundle.text("attendance.notHeld"));
        }
    }

    public void markRestPresent() {
        try {
            int marked = progress.markRestPresent(currentMember.getId(), session);
            Messages.addGlobalInfo(Bundle.text("attendance.restMarked", marked));
        } catch (SessionNotHeldException e) {
            Messages.addGlobalError(Bundle.text("attendance.notHeld"));
        }
        load();
    }

    public String saved(AttendanceRow row) {
        return row.getSavedAt() == null ? Bundle.text("attendance.notMarked")
                : Bundle.text("attendance.saved", displayTime.recent(row.getSavedAt()));
    }

    public long getMarkedCount() {
        return markedCount;
    }

    public Optional<SessionRef> getPrevious() {
        return Optional.ofNullable(previous);
    }

    public Optional<SessionRef> getNext() {
        return Optional.ofNullable(next);
    }

    public AttendanceMark[] getMarks() {
        return AttendanceMark.values();
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    public List<AttendanceRow> getRows() {
        return rows;
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }
}
