package org.peersupport.portal.curriculum.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.cohort.Cohort;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.CohortViews;
import org.peersupport.portal.curriculum.cohort.EnrolmentMode;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** facilitation/cohorts.xhtml: the facilitator's cohorts and a form to start one from a published version. */
@Named
@ViewScoped
public class CohortsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CohortService cohorts;

    @Inject
    private CohortViews views;

    @Inject
    private CurriculumService curricula;

    @Inject
    private Viewer currentMember;

    private List<CohortViews.CohortSummary> mine = List.of();
    private List<CurriculumService.PublishedCurriculum> published = List.of();
    private final NewCohortForm form = new NewCohortForm();

    public void load() {
        mine = views.facilitatedBy(currentMember.getId());
        published = curricula.published();
        form.startIn(currentMember.getTimeZone());
    }

    public String create() {
        Cohort cohort = cohorts.createCohort(currentMember.getId(), form.getVersionId(), form.details(), form.rule());
        Messages.addFlashGlobalInfo(Bundle.text("cohorts.created", cohort.getName(), cohort.getSessions().size()));
        return "/programmes/cohort?faces-redirect=true&id=" + cohort.getId();
    }

    public NewCohortForm getForm() {
        return form;
    }

    public List<CohortViews.CohortSummary> getMine() {
        return mine;
    }

    public List<CurriculumService.PublishedCurriculum> getPublished() {
        return published;
    }

    public EnrolmentMode[] getModes() {
        return EnrolmentMode.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }
}
