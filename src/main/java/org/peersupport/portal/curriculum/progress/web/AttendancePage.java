package org.peersupport.portal.curriculum.progress.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.curriculum.progress.AttendanceMark;
import org.peersupport.portal.curriculum.progress.ProgressService;
import org.peersupport.portal.curriculum.progress.ProgressService.AttendanceSheet;
import org.peersupport.portal.curriculum.progress.ProgressService.SessionRef;
import org.peersupport.portal.curriculum.progress.SessionNotHeldException;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.DisplayTime;

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
    private List<Row> rows = List.of();

    /** A member's line, holding the toggle's value between requests. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long memberId;
        private final String displayName;
        private AttendanceMark mark;
        private Instant savedAt;

        Row(long memberId, String displayName, AttendanceMark mark, Instant savedAt) {
            this.memberId = memberId;
            this.displayName = displayName;
            this.mark = mark;
            this.savedAt = savedAt;
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

    public void load() {
        try {
            if (session == null && cohort != null) {
                session = progress.sessionToMark(currentMember.getId(), cohort);
            }
            if (session == null) {
                throw new NotFoundException("no session chosen");
            }
            sheet = progress.sheet(currentMember.getId(), session);
        } catch (NotPermittedException e) {
            throw new NotFoundException("cohort session " + session);
        }
        rows = sheet.rows().stream().map(r -> new Row(r.memberId(), r.displayName(), r.mark().orElse(null), r.markedAt().orElse(null)))
                .toList();
    }

    /** Ajax: saves the row's new mark straight away. */
    public void save(Row row) {
        if (row.getMark() == null) {
            return;
        }
        try {
            row.savedAt = progress.mark(currentMember.getId(), session, row.getMemberId(), row.getMark()).getMarkedAt();
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

    public String saved(Row row) {
        return row.getSavedAt() == null ? Bundle.text("attendance.notMarked")
                : Bundle.text("attendance.saved", displayTime.recent(row.getSavedAt()));
    }

    public long getMarkedCount() {
        return rows.stream().filter(r -> r.getMark() != null).count();
    }

    public Optional<SessionRef> getPrevious() {
        int at = sheet.sessions().indexOf(sheet.session());
        return at > 0 ? Optional.of(sheet.sessions().get(at - 1)) : Optional.empty();
    }

    public Optional<SessionRef> getNext() {
        int at = sheet.sessions().indexOf(sheet.session());
        return at < sheet.sessions().size() - 1 ? Optional.of(sheet.sessions().get(at + 1)) : Optional.empty();
    }

    public AttendanceMark[] getMarks() {
        return AttendanceMark.values();
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    public List<Row> getRows() {
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
