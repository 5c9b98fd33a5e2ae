package org.peersupport.portal.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peersupport.portal.curriculum.Curriculum;
import org.peersupport.portal.curriculum.CurriculumDetails;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.shared.web.Viewer;

/** facilitation/curricula.xhtml: the facilitator's own curricula, everyone's published ones, and a new one. */
@Named
@ViewScoped
public class CurriculaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurriculumService curricula;

    @Inject
    private Viewer currentMember;

    private List<Curriculum> mine = List.of();
    private List<CurriculumService.PublishedCurriculum> published = List.of();
    private String title;
    private String audience;

    public void load() {
        mine = curricula.ownedBy(currentMember.getId());
        published = curricula.published();
    }

    public String create() {
        Curriculum created = curricula.create(currentMember.getId(), new CurriculumDetails(title, audience, ""));
        return "/facilitation/curriculum?faces-redirect=true&id=" + created.getId();
    }

    public List<Curriculum> getMine() {
        return mine;
    }

    public List<CurriculumService.PublishedCurriculum> getPublished() {
        return published;
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
}
