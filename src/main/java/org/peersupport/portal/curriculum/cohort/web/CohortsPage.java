package org.peersupport.portal.curriculum.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.cohort.Cohort;
import org.peersupport.portal.curriculum.cohort.CohortDetails;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.EnrolmentMode;
import org.peersupport.portal.curriculum.cohort.WeeklyRule;
import org.peersupport.portal.shared.web.Bundle;

/** facilitation/cohorts.xhtml: the facilitator's cohorts and a form to start one from a published version. */
@Named
@ViewScoped
public class CohortsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CohortService cohorts;

    @Inject
    private CurriculumService curricula;

    @Inject
    private Viewer currentMember;

    private List<CohortService.CohortSummary> mine = List.of();
    private List<CurriculumService.PublishedCurriculum> published = List.of();
    private Long versionId;
    private String name;
    private int capacity = 8;
    private ZoneId timeZone;
    private String location;
    private EnrolmentMode mode = EnrolmentMode.OPEN;
    private DayOfWeek day = DayOfWeek.TUESDAY;
    private LocalTime localTime = LocalTime.of(18, 0);
    private LocalDate startDate;
    private int durationMinutes = 90;

    public void load() {
        mine = cohorts.facilitatedBy(currentMember.getId());
        published = curricula.published();
        if (timeZone == null) {
            timeZone = currentMember.getTimeZone();
        }
        if (startDate == null) {
            startDate = LocalDate.now(timeZone).plusWeeks(1);
        }
    }

    public String create() {
        Cohort cohort = cohorts.createCohort(currentMember.getId(), versionId,
                new CohortDetails(name, capacity, timeZone, location, mode),
                new WeeklyRule(day, localTime, startDate, durationMinutes));
        Messages.addFlashGlobalInfo(Bundle.text("cohorts.created", cohort.getName(), cohort.getSessions().size()));
        return "/programmes/cohort?faces-redirect=true&id=" + cohort.getId();
    }

    public List<CohortService.CohortSummary> getMine() {
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

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public EnrolmentMode getMode() {
        return mode;
    }

    public void setMode(EnrolmentMode mode) {
        this.mode = mode;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getLocalTime() {
        return localTime;
    }

    public void setLocalTime(LocalTime localTime) {
        this.localTime = localTime;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }
}
