package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.MentorshipWish;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** mentoring/request.xhtml: ask for a peer mentor. */
@Named
@ViewScoped
public class MentorRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentoringService mentoring;

    @Inject
    private Viewer currentMember;

    private boolean alreadyAsked;
    private boolean hasMentor;
    private List<ExperienceArea> needs = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private ZoneId timeZone;
    private List<String> availability = new ArrayList<>();
    private Gender preferredGender;
    private AgeBand preferredAgeFrom;
    private AgeBand preferredAgeTo;
    private String note;

    public void load() {
        alreadyAsked = mentoring.currentRequestOf(currentMember.getId()).isPresent();
        hasMentor = MenteeStanding.of(null, mentoring.mentorshipsOf(currentMember.getId())).matched();
        timeZone = currentMember.getTimeZone();
        languages = new ArrayList<>(List.of(currentMember.getLanguage().getLanguage()));
    }

    public void submit() {
        mentoring.requestMentor(currentMember.getId(), new MentorshipWish(EnumSet.copyOf(needs), new TreeSet<>(languages), timeZone,
                DayPart.toAvailability(availability), preferredGender, preferredAgeFrom, preferredAgeTo, note));
        Messages.addFlashGlobalInfo(Bundle.text("mentoring.request.sent"));
        Faces.redirect("mentoring/index.xhtml");
    }

    public boolean isAlreadyAsked() {
        return alreadyAsked;
    }

    /** One mentor at a time: with an active mentor, the form is not offered. */
    public boolean isHasMentor() {
        return hasMentor;
    }

    public List<ExperienceArea> getNeeds() {
        return needs;
    }

    public void setNeeds(List<ExperienceArea> needs) {
        this.needs = needs;
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

    public Gender getPreferredGender() {
        return preferredGender;
    }

    public void setPreferredGender(Gender preferredGender) {
        this.preferredGender = preferredGender;
    }

    public AgeBand getPreferredAgeFrom() {
        return preferredAgeFrom;
    }

    public void setPreferredAgeFrom(AgeBand preferredAgeFrom) {
        this.preferredAgeFrom = preferredAgeFrom;
    }

    public AgeBand getPreferredAgeTo() {
        return preferredAgeTo;
    }

    public void setPreferredAgeTo(AgeBand preferredAgeTo) {
        this.preferredAgeTo = preferredAgeTo;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
