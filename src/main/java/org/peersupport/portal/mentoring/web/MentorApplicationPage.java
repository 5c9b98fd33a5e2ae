package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.MentorApplication;
import org.peersupport.portal.mentoring.MentorProfile;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.shared.web.Bundle;

/** mentoring/apply.xhtml: apply to be a peer mentor, see the coordinators' answer, change it, pause and resume. */
@Named
@ViewScoped
public class MentorApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentoringService mentoring;

    @Inject
    private Viewer currentMember;

    private MentorProfile profile;
    private List<ExperienceArea> areas = new ArrayList<>();
    private String experienceNote;
    private List<String> languages = new ArrayList<>();
    private ZoneId timeZone;
    private List<String> availability = new ArrayList<>();
    private Integer capacity = 2;
    private Gender gender;
    private AgeBand ageBand;
    private String bio;
    private boolean agreesToGuidelines;

    /** viewAction: the member's application so far, or a fresh form in their language and zone. */
    public void load() {
        profile = mentoring.profileOf(currentMember.getId()).orElse(null);
        if (profile == null) {
            timeZone = currentMember.getTimeZone();
            languages = new ArrayList<>(List.of(currentMember.getLanguage().getLanguage()));
            return;
        }
        areas = new ArrayList<>(profile.getAreas());
        experienceNote = profile.getExperienceNote();
        languages = new ArrayList<>(profile.getLanguages());
        timeZone = profile.getTimeZone();
        availability = new ArrayList<>(DayPart.cellsOf(profile.getAvailability()));
        capacity = profile.getCapacity();
        gender = profile.getGender();
        ageBand = profile.getAgeBand();
        bio = profile.getBio();
    }

    public void submit() {
        Set<ExperienceArea> chosen = areas.isEmpty() ? EnumSet.noneOf(ExperienceArea.class) : EnumSet.copyOf(areas);
        profile = mentoring.apply(currentMember.getId(), new MentorApplication(chosen, experienceNote, new TreeSet<>(languages),
                timeZone, DayPart.toAvailability(availability), capacity, gender, ageBand, bio, agreesToGuidelines));
        agreesToGuidelines = false;
        Messages.addGlobalInfo(Bundle.text(profile.getStatus() == MentorProfile.Status.APPROVED
                ? "mentoring.apply.updated" : "mentoring.apply.submitted"));
    }

    public void pause() {
        mentoring.pause(currentMember.getId());
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.apply.pausedDone"));
    }

    public void resume() {
        mentoring.resume(currentMember.getId());
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.apply.resumedDone"));
    }

    public String getGuidelinesVersion() {
        return MentoringService.GUIDELINES_VERSION;
    }

    public MentorProfile getProfile() {
        return profile;
    }

    public boolean isApproved() {
        return profile != null && profile.getStatus() == MentorProfile.Status.APPROVED;
    }

    public List<ExperienceArea> getAreas() {
        return areas;
    }

    public void setAreas(List<ExperienceArea> areas) {
        this.areas = areas;
    }

    public String getExperienceNote() {
        return experienceNote;
    }

    public void setExperienceNote(String experienceNote) {
        this.experienceNote = experienceNote;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getAvailability() {
        return availability;
    }

    public void setAvailability(List<String> availability) {
        this.availability = availability;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public boolean isAgreesToGuidelines() {
        return agreesToGuidelines;
    }

    public void setAgreesToGuidelines(boolean agreesToGuidelines) {
        this.agreesToGuidelines = agreesToGuidelines;
    }
}
