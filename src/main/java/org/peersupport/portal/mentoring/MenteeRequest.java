package org.peersupport.portal.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
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
 * A member's request for a mentor. It waits for the next matching run, then for the member's
 * choice among the published proposals, until a mentor accepts (MATCHED) or the member withdraws.
 */
@Entity
@Table(name = "mentee_request")
@NamedQuery(name = MenteeRequest.WAITING, query = "SELECT r FROM MenteeRequest r"
        + " WHERE r.status = org.peersupport.portal.mentoring.MenteeRequest.Status.WAITING ORDER BY r.createdAt")
@NamedQuery(name = MenteeRequest.CURRENT_OF, query = "SELECT r FROM MenteeRequest r WHERE r.accountId = :account"
        + " AND r.status IN (org.peersupport.portal.mentoring.MenteeRequest.Status.WAITING,"
        + " org.peersupport.portal.mentoring.MenteeRequest.Status.PROPOSED)")
public class MenteeRequest {

    static final String WAITING = "MenteeRequest.waiting";
    static final String CURRENT_OF = "MenteeRequest.currentOf";

    public enum Status {
        /** Waiting for a matching run (again, after every proposal was declined or expired). */
        WAITING,
        /** Proposals are published: the member chooses, then the mentor answers. */
        PROPOSED,
        MATCHED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Convert(converter = ExperienceAreasConverter.class)
    @Column(nullable = false)
    private Set<ExperienceArea> needs = EnumSet.noneOf(ExperienceArea.class);

    @Convert(converter = LanguagesConverter.class)
    @Column(nullable = false)
    private Set<String> languages = new LinkedHashSet<>();

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private WeeklyAvailability availability;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_gender")
    private Gender preferredGender;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_age_from")
    private AgeBand preferredAgeFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_age_to")
    private AgeBand preferredAgeTo;

    @Column(nullable = false)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected MenteeRequest() {
    }

    MenteeRequest(long accountId, MentorshipWish wish, Instant now) {
        this.accountId = accountId;
        this.needs = EnumSet.copyOf(wish.needs());
        this.languages = new LinkedHashSet<>(wish.languages());
        this.timeZone = wish.timeZone().getId();
        this.availability = wish.availability();
        this.preferredGender = wish.preferredGender();
        // A one-sided age range is read as open at the other end.
        this.preferredAgeFrom = wish.preferredAgeFrom() == null && wish.preferredAgeTo() != null ? AgeBand.values()[0] : wish.preferredAgeFrom();
        this.preferredAgeTo = wish.preferredAgeTo() == null && wish.preferredAgeFrom() != null
                ? AgeBand.values()[AgeBand.values().length - 1] : wish.preferredAgeTo();
        this.note = wish.note() == null ? "" : wish.note().strip();
        this.status = Status.WAITING;
        this.createdAt = now;
    }

    /** The same wish, waiting again: a rematch. */
    MenteeRequest again(Instant now) {
        MenteeRequest again = new MenteeRequest();
        again.accountId = accountId;
        again.needs = EnumSet.copyOf(needs);
        again.languages = new LinkedHashSet<>(languages);
        again.timeZone = timeZone;
        again.availability = availability;
        again.preferredGender = preferredGender;
        again.preferredAgeFrom = preferredAgeFrom;
        again.preferredAgeTo = preferredAgeTo;
        again.note = note;
        again.status = Status.WAITING;
        again.createdAt = now;
        return again;
    }

    boolean isOpen() {
        return status == Status.WAITING || status == Status.PROPOSED;
    }

    void proposed() {
        requireOpen();
        status = Status.PROPOSED;
    }

    /** Every proposal was declined or ran out: back to the pool for the next run. */
    void backToWaiting() {
        requireOpen();
        status = Status.WAITING;
    }

    void matched(Instant now) {
        requireOpen();
        status = Status.MATCHED;
        closedAt = now;
    }

    void withdraw(Instant now) {
        requireOpen();
        status = Status.WITHDRAWN;
        closedAt = now;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("The request is already " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Status getStatus() {
        return status;
    }

    public Set<ExperienceArea> getNeeds() {
        return needs;
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

    public Gender getPreferredGender() {
        return preferredGender;
    }

    public AgeBand getPreferredAgeFrom() {
        return preferredAgeFrom;
    }

    public AgeBand getPreferredAgeTo() {
        return preferredAgeTo;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
