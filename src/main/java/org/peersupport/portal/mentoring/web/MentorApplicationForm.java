package org.peersupport.portal.mentoring.web;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.MentorApplication;
import org.peersupport.portal.mentoring.MentorProfile;

/** What a member fills in to apply as a peer mentor: fresh, or their application so far to change. */
public class MentorApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** A fresh form in the member's own language and zone. */
    void startIn(ZoneId zone, Locale language) {
        timeZone = zone;
        languages = new ArrayList<>(List.of(language.getLanguage()));
    }

    void fill(MentorProfile profile) {
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

    MentorApplication application() {
        return new MentorApplication(areas.isEmpty() ? EnumSet.noneOf(ExperienceArea.class) : EnumSet.copyOf(areas), experienceNote,
                new TreeSet<>(languages), timeZone, DayPart.toAvailability(availability), capacity, gender, ageBand, bio,
                agreesToGuidelines);
    }

    /** Agreement is given anew with every change. */
    void submitted() {
        agreesToGuidelines = false;
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
