package org.peersupport.portal.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A member's application to mentor and, once a coordinator approves it, their mentor profile: one
 * per member. Changes asked for or a decline send it back to the member, who may apply again.
 */
@Entity
@Table(name = "mentor_profile")
@NamedQuery(name = MentorProfile.BY_STATUS, query = "SELECT p, a.displayName FROM MentorProfile p JOIN Account a ON a.id = p.accountId"
        + " WHERE p.status = :status ORDER BY p.submittedAt")
@NamedQuery(name = MentorProfile.TAKING_MENTEES, query = "SELECT p FROM MentorProfile p"
        + " WHERE p.status = org.peersupport.portal.mentoring.MentorProfile.Status.APPROVED AND p.paused = false")
public class MentorProfile {

    static final String BY_STATUS = "MentorProfile.byStatus";
    static final String TAKING_MENTEES = "MentorProfile.takingMentees";
    public static final int MAX_CAPACITY = 5;

    public enum Status {
        SUBMITTED,
        CHANGES_REQUESTED,
        APPROVED,
        DECLINED
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Convert(converter = ExperienceAreasConverter.class)
    @Column(nullable = false)
    private Set<ExperienceArea> areas = EnumSet.noneOf(ExperienceArea.class);

    @Column(name = "experience_note", nullable = false)
    private String experienceNote;

    @Convert(converter = LanguagesConverter.class)
    @Column(nullable = false)
    private Set<String> languages = new LinkedHashSet<>();

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private WeeklyAvailability availability;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    @Column(nullable = false)
    private String bio;

    @Column(name = "guidelines_version", nullable = false)
    private String guidelinesVersion;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "coordinator_note")
    private String coordinatorNote;

    @Column(nullable = false)
    private boolean paused;

    @Version
    private long version;

    protected MentorProfile() {
    }

    MentorProfile(long accountId, MentorApplication application, String guidelinesVersion, Instant now) {
        this.accountId = accountId;
        resubmit(application, guidelinesVersion, now);
    }

    /** A new or changed application goes back to the coordinators; an approved mentor stays approved. */
    void resubmit(MentorApplication application, String guidelinesVersion, Instant now) {
        areas = EnumSet.copyOf(application.areas());
        experienceNote = application.experienceNote() == null ? "" : application.experienceNote().strip();
        languages = new LinkedHashSet<>(application.languages());
        timeZone = application.timeZone().getId();
        availability = application.availability();
        capacity = application.capacity();
        gender = application.gender();
        ageBand = application.ageBand();
        bio = application.bio().strip();
        this.guidelinesVersion = guidelinesVersion;
        submittedAt = now;
        if (status != Status.APPROVED) {
            status = Status.SUBMITTED;
        }
    }

    void approve(long coordinatorId, Instant now) {
        decide(Status.APPROVED, coordinatorId, null, now);
        paused = false;
    }

    void askForChanges(long coordinatorId, String note, Instant now) {
        decide(Status.CHANGES_REQUESTED, coordinatorId, note, now);
    }

    void decline(long coordinatorId, String note, Instant now) {
        decide(Status.DECLINED, coordinatorId, note, now);
    }

    private void decide(Status next, long coordinatorId, String note, Instant now) {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("Only a submitted application is decided on; this one is " + status);
        }
        status = next;
        decidedBy = coordinatorId;
        decidedAt = now;
        coordinatorNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** A paused mentor keeps their mentees but is offered no new ones. */
    void pause() {
        requireApproved();
        paused = true;
    }

    void resume() {
        requireApproved();
        paused = false;
    }

    private void requireApproved() {
        if (status != Status.APPROVED) {
            throw new IllegalStateException("Only an approved mentor pauses or resumes");
        }
    }

    public boolean isTakingMentees() {
        return status == Status.APPROVED && !paused;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Status getStatus() {
        return status;
    }

    public Set<ExperienceArea> getAreas() {
        return areas;
    }

    public String getExperienceNote() {
        return experienceNote;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public WeeklyAvailability getAvailability() {
        return availability;
    }

    public int getCapacity() {
        return capacity;
    }

    public Gender getGender() {
        return gender;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public String getBio() {
        return bio;
    }

    public String getGuidelinesVersion() {
        return guidelinesVersion;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getCoordinatorNote() {
        return coordinatorNote;
    }

    public boolean isPaused() {
        return paused;
    }

    /** The form's starting point when the member changes their application. */
    public MentorApplication toApplication() {
        return new MentorApplication(EnumSet.copyOf(areas), experienceNote, new LinkedHashSet<>(languages), getTimeZone(),
                availability, capacity, gender, ageBand, bio, true);
    }
}
