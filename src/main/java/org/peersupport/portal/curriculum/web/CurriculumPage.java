package org.peersupport.portal.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.curriculum.Curriculum;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * facilitation/curriculum.xhtml?id=…: the owner edits the draft (details, then sessions added,
 * edited, moved and removed one at a time), publishes it as a new version, or copies it.
 */
@Named
@ViewScoped
public class CurriculumPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurriculumService curricula;

    @Inject
    private Viewer currentMember;

    private Long id;
    private final DetailsForm details = new DetailsForm();
    private int latestVersion;
    private List<SessionTexts> sessions = List.of();
    private List<CurriculumVersion> versions = List.of();

    private final SessionForm sessionForm = new SessionForm();

    public void load() {
        Curriculum draft = curricula.draft(currentMember.getId(), id);
        details.fill(draft);
        show(draft);
    }

    public void saveDetails() {
        show(curricula.editDetails(currentMember.getId(), id, details.details()));
        Messages.addGlobalInfo(Bundle.text("curricula.details.saved"));
    }

    public void editSession(long sessionId) {
        sessionForm.fill(curricula.draft(currentMember.getId(), id).getSessions().stream()
                .filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("session " + sessionId)));
    }

    public void saveSession() {
        String sessionTitle = sessionForm.getTitle().strip();
        if (sessionForm.isEditing()) {
            show(curricula.editSession(currentMember.getId(), id, sessionForm.editingId(), sessionForm.content()));
            Messages.addGlobalInfo(Bundle.text("curricula.session.saved", sessionTitle));
        } else {
            show(curricula.addSession(currentMember.getId(), id, sessionForm.content()));
            Messages.addGlobalInfo(Bundle.text("curricula.session.added", sessionTitle));
        }
        sessionForm.clear();
    }

    public void cancelSession() {
        sessionForm.clear();
    }

    public void moveUp(long sessionId) {
        show(curricula.moveSessionUp(currentMember.getId(), id, sessionId));
    }

    public void moveDown(long sessionId) {
        show(curricula.moveSessionDown(currentMember.getId(), id, sessionId));
    }

    public void remove(long sessionId) {
        show(curricula.removeSession(currentMember.getId(), id, sessionId));
        if (Long.valueOf(sessionId).equals(sessionForm.editingId())) {
            sessionForm.clear();
        }
        Messages.addGlobalInfo(Bundle.text("curricula.session.removed"));
    }

    public void publish() {
        CurriculumVersion version = curricula.publish(currentMember.getId(), id);
        show(curricula.draft(currentMember.getId(), id));
        Messages.addGlobalInfo(Bundle.text("curricula.published", version.getNumber()));
    }

    public String duplicate() {
        long copy = curricula.duplicate(currentMember.getId(), id, Bundle.text("curricula.copyTitle")).getId();
        return "/facilitation/curriculum?faces-redirect=true&id=" + copy;
    }

    private void show(Curriculum draft) {
        latestVersion = draft.getLatestVersion();
        sessions = draft.getSessions().stream().map(s -> SessionTexts.of(s.getId(), s.getNumber(), s.getTitle(), s.getTopic(),
                s.getPsychoeducation(), s.getExercises(), s.getHomework())).toList();
        versions = curricula.versionsOf(currentMember.getId(), id);
        sessionForm.renumber(sessions);
    }

    public SessionForm getSessionForm() {
        return sessionForm;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DetailsForm getDetails() {
        return details;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public List<SessionTexts> getSessions() {
        return sessions;
    }

    public List<CurriculumVersion> getVersions() {
        return versions;
    }
}
