package org.peersupport.portal.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.SafeHtml;
import org.peersupport.portal.shared.web.Viewer;

/** facilitation/version.xhtml?id=…: a published version, read-only, its sessions in order. */
@Named
@ViewScoped
public class VersionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurriculumService curricula;

    @Inject
    private Viewer currentMember;

    private Long id;
    private long curriculumId;
    private int number;
    private String title;
    private String audience;
    private SafeHtml description;
    private Instant publishedAt;
    private boolean editable;
    private List<SessionTexts> sessions = List.of();

    public void load() {
        CurriculumVersion version = curricula.version(currentMember.getId(), id);
        curriculumId = version.getCurriculumId();
        number = version.getNumber();
        title = version.getTitle();
        audience = version.getAudience();
        description = SessionTexts.markup(version.getDescription());
        publishedAt = version.getPublishedAt();
        editable = curricula.mayEdit(currentMember.getId(), curriculumId);
        sessions = version.getSessions().stream().map(s -> SessionTexts.of(null, s.getNumber(), s.getTitle(), s.getTopic(),
                s.getPsychoeducation(), s.getExercises(), s.getHomework())).toList();
    }

    public String duplicate() {
        long copy = curricula.duplicateVersion(currentMember.getId(), id, Bundle.text("curricula.copyTitle")).getId();
        return "/facilitation/curriculum?faces-redirect=true&id=" + copy;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getCurriculumId() {
        return curriculumId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getAudience() {
        return audience;
    }

    public SafeHtml getDescription() {
        return description;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<SessionTexts> getSessions() {
        return sessions;
    }
}
