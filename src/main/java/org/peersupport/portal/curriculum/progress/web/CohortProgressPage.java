package org.peersupport.portal.curriculum.progress.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.peersupport.portal.curriculum.progress.ProgressService;
import org.peersupport.portal.curriculum.progress.ProgressService.MemberProgress;
import org.peersupport.portal.curriculum.progress.ProgressService.SessionRecord;
import org.peersupport.portal.curriculum.progress.ProgressService.SessionRef;
import org.peersupport.portal.curriculum.progress.SessionNotHeldException;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * The progress parts of programmes/cohort.xhtml (its own includes): for a member, their own
 * progress, attendance and homework; for the cohort's staff, links to attendance and figures.
 */
@Named
@ViewScoped
public class CohortProgressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressService progress;

    @Inject
    private Viewer currentMember;

    private long cohortId;
    private boolean staff;
    private MemberProgress mine;
    private List<HomeworkEntry> homework = List.of();
    private Long editing; // the held session whose homework is open for editing (?homework=…), if any

    /** The member's homework for one held session, as edited in the page. */
    public static final class HomeworkEntry implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long sessionId;
        private boolean done;
        private String reflection;

        HomeworkEntry(long sessionId, boolean done, String reflection) {
            this.sessionId = sessionId;
            this.done = done;
            this.reflection = reflection;
        }

        public long getSessionId() {
            return sessionId;
        }

        public boolean isDone() {
            return done;
        }

        public void setDone(boolean done) {
            this.done = done;
        }

        public String getReflection() {
            return reflection;
        }

        public void setReflection(String reflection) {
            this.reflection = reflection;
        }
    }

    /**
     * Staff see links to attendance and figures; a member their own record (read even before they
     * join: joining is a postback of this view, which shows the record at once). Who is staff the
     * cohort page has just read ({@code CohortViews}), so it is not read again. A {@code ?homework=}
     * that is not one of the member's own held sessions names nothing here: 404, as other pages answer.
     */
    public void load(long cohortId, boolean staff, boolean enrolled) {
        this.cohortId = cohortId;
        this.staff = staff;
        if (!staff) {
            refresh();
        }
        if (editing != null && (staff || !enrolled || homework.stream().noneMatch(h -> h.getSessionId() == editing))) {
            throw new NotFoundException("homework of cohort session " + editing);
        }
    }

    private void refresh() {
        show(progress.memberProgress(currentMember.getId(), cohortId, currentMember.getId()));
    }

    private void show(MemberProgress own) {
        mine = own;
        homework = mine.sessions().stream().filter(r -> r.session().held())
                .map(r -> new HomeworkEntry(r.session().id(), r.homeworkDone(), r.reflection().orElse(null))).toList();
    }

    public void saveHomework(HomeworkEntry entry) {
        try {
            progress.saveHomework(currentMember.getId(), entry.getSessionId(), entry.isDone(), entry.getReflection());
            Messages.addGlobalInfo(Bundle.text(entry.isDone() ? "progress.homework.savedDone" : "progress.homework.saved"));
        } catch (SessionNotHeldException | NotPermittedException e) {
            Messages.addGlobalError(Bundle.text("progress.homework.notOpen"));
        }
        refresh();
    }

    /** The homework entry of a record's session, when it is held. */
    public Optional<HomeworkEntry> homeworkOf(SessionRecord record) {
        return homework.stream().filter(h -> h.getSessionId() == record.session().id()).findFirst();
    }

    public String markText(SessionRecord record) {
        SessionRef s = record.session();
        if (s.cancelled()) {
            return Bundle.text("progress.record.cancelled");
        }
        if (!s.started()) {
            return Bundle.text("progress.record.upcoming");
        }
        return record.mark().map(m -> Bundle.text("attendance.mark." + m)).orElse(Bundle.text("progress.record.notRecorded"));
    }

    public boolean isStaff() {
        return staff;
    }

    public MemberProgress getMine() {
        return mine;
    }

    public Long getEditing() {
        return editing;
    }

    public void setEditing(Long editing) {
        this.editing = editing;
    }

    public long getCohortId() {
        return cohortId;
    }
}
