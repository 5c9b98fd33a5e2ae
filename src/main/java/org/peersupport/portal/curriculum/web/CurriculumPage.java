package org.peersupport.portal.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.curriculum.Curriculum;
import org.peersupport.portal.curriculum.CurriculumDetails;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.CurriculumSession;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.curriculum.SessionContent;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.web.Bundle;

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
    private String title;
    private String audience;
    private String description;
    private int latestVersion;
    private List<SessionTexts> sessions = List.of();
    private List<CurriculumVersion> versions = List.of();

    /** The session in the session form: null while adding a new one. */
    private Long editingSessionId;
    private String sessionTitle;
    private String sessionTopic;
    private String psychoeducation;
    private String exercises;
    private String homework;

    public void load() {
        Curriculum draft = curricula.draft(currentMember.getId(), id);
        title = draft.getTitle();
        audience = draft.getAudience();
        description = draft.getDescription();
        show(draft);
    }

    public void saveDetails() {
        show(curricula.editDetails(currentMember.getId(), id, new CurriculumDetails(title, audience, description)));
        Messages.addGlobalInfo(Bundle.text("curricula.details.saved"));
    }

    public void editSession(long sessionId) {
        CurriculumSession session = curricula.draft(currentMember.getId(), id).getSessions().stream()
                .filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
        editingSessionId = sessionId;
        sessionTitle = session.getTitle();
        sessionTopic = session.getTopic();
        psychoeducation = session.getPsychoeducation();
        exercises = session.getExercises();
        homework = session.getHomework();
    }

    public void saveSession() {
        SessionContent content = new SessionContent(sessionTitle, sessionTopic, psychoeducation, exercises, homework);
        if (editingSessionId == null) {
            show(curricula.addSession(currentMember.getId(), id, content));
            Messages.addGlobalInfo(Bundle.text("curricula.session.added", sessionTitle.strip()));
        } else {
            show(curricula.editSession(currentMember.getId(), id, editingSessionId, content));
            Messages.addGlobalInfo(Bundle.text("curricula.session.saved", sessionTitle.strip()));
        }
        clearSessionForm();
    }

    public void cancelSession() {
        clearSessionForm();
    }

    public void moveUp(long sessionId) {
        show(curricula.moveSessionUp(currentMember.getId(), id, sessionId));
    }

    public void moveDown(long sessionId) {
        show(curricula.moveSessionDown(currentMember.getId(), id, sessionId));
    }

    public void remove(long sessionId) {
        show(curricula.removeSession(currentMember.getId(), id, sessionId));
        if (Long.valueOf(sessionId).equals(editingSessionId)) {
            clearSessionForm();
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
    }

    private void clearSessionForm() {
        editingSessionId = null;
        sessionTitle = null;
        sessionTopic = null;
        psychoeducation = null;
        exercises = null;
        homework = null;
    }

    public boolean isEditingSession() {
        return editingSessionId != null;
    }

    /** The number of the session being edited, for the form's heading. */
    public int getEditingNumber() {
        return sessions.stream().filter(s -> s.id().equals(editingSessionId)).mapToInt(SessionTexts::number).findFirst().orElse(0);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public String getSessionTitle() {
        return sessionTitle;
    }

    public void setSessionTitle(String sessionTitle) {
        this.sessionTitle = sessionTitle;
    }

    public String getSessionTopic() {
        return sessionTopic;
    }

    public void setSessionTopic(String sessionTopic) {
        this.sessionTopic = sessionTopic;
    }

    public String getPsychoeducation() {
        return psychoeducation;
    }

    public void setPsychoeducation(String psychoeducation) {
        this.psychoeducation = psychoeducation;
    }

    public String getExercises() {
        return exercises;
    }

    public void setExercises(String exercises) {
        this.exercises = exercises;
    }

    public String getHomework() {
        return homework;
    }

    public void setHomework(String homework) {
        this.homework = homework;
    }
}
