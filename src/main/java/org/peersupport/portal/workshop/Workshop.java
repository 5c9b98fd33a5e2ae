package org.peersupport.portal.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A workshop or community event: one occasion with a hard seat limit. Its rules (when sign-ups
 * and cancellations are open, what a change does to calendars) live here; seats are counted by
 * {@link WorkshopService} with this row locked.
 */
@Entity
@Table(name = "workshop")
public class Workshop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkshopTopic topic;

    @Column(nullable = false)
    private String language;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance_mode", nullable = false)
    private AttendanceMode mode;

    private String location;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "sign_up_deadline", nullable = false)
    private Instant signUpDeadline;

    @Column(name = "cancellation_deadline", nullable = false)
    private Instant cancellationDeadline;

    @Column(name = "offer_window_minutes", nullable = false)
    private int offerWindowMinutes;

    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkshopStatus status;

    @Column(nullable = false)
    private boolean postponed;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "next_waitlist_number", nullable = false)
    private int nextWaitlistNumber;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Workshop() {
    }

    Workshop(WorkshopDetails details, long hostId, long createdBy, Instant now) {
        this.hostId = hostId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = WorkshopStatus.DRAFT;
        apply(details, now);
    }

    /** Takes new details; true when a change people have in their calendars (time or place) was made. */
    boolean apply(WorkshopDetails details, Instant now) {
        boolean calendarChange = startsAt != null && (!details.startsAt().equals(startsAt) || !details.endsAt().equals(endsAt)
                || !details.timeZone().getId().equals(timeZone) || details.mode() != mode
                || !same(place(details), currentPlace()) || !details.title().strip().equals(title));
        this.title = details.title().strip();
        this.description = details.description().strip();
        this.topic = details.topic();
        this.language = details.language().getLanguage();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.timeZone = details.timeZone().getId();
        this.capacity = details.capacity();
        this.mode = details.mode();
        this.location = details.mode() == AttendanceMode.IN_PERSON ? details.location().strip() : blankToNull(details.location());
        this.onlineLink = details.mode() == AttendanceMode.ONLINE ? WorkshopDetails.webLink(details.onlineLink()).orElseThrow() : null;
        this.signUpDeadline = details.signUpDeadlineAt();
        this.cancellationDeadline = details.cancellationDeadlineAt();
        this.offerWindowMinutes = details.offerWindowMinutes();
        this.question = details.signUpQuestion().orElse(null);
        this.updatedAt = now;
        if (calendarChange) {
            sequence++;
        }
        return calendarChange;
    }

    /** Moved to a later (or earlier) time; the listing says so. */
    void postpone(WorkshopDetails details, Instant now) {
        apply(details, now);
        postponed = true;
    }

    void publish(Instant now) {
        if (status != WorkshopStatus.DRAFT) {
            throw new WorkshopRefusedException("workshop.refused.notDraft");
        }
        status = WorkshopStatus.PUBLISHED;
        updatedAt = now;
    }

    void cancel(Instant now) {
        if (status == WorkshopStatus.CANCELLED) {
            throw new WorkshopRefusedException("workshop.refused.cancelled");
        }
        status = WorkshopStatus.CANCELLED;
        sequence++;
        updatedAt = now;
    }

    /** Why a member may not sign up at {@code now}, if anything stands in the way; empty when sign-ups are open. */
    public Optional<String> signUpClosedReason(Instant now) {
        if (status == WorkshopStatus.CANCELLED) {
            return Optional.of("workshop.refused.cancelled");
        }
        if (status != WorkshopStatus.PUBLISHED) {
            return Optional.of("workshop.refused.notOpen");
        }
        if (!now.isBefore(startsAt)) {
            return Optional.of("workshop.refused.past");
        }
        if (now.isAfter(signUpDeadline)) {
            return Optional.of("workshop.refused.deadline");
        }
        return Optional.empty();
    }

    /** A cancellation after the deadline is still taken (better a free seat than an empty one) but counts as late. */
    public boolean cancellationIsLate(Instant now) {
        return now.isAfter(cancellationDeadline);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt);
    }

    /** When an offer made at {@code now} runs out: the window, but never after the workshop starts. */
    Instant offerExpiry(Instant now) {
        Instant windowEnd = now.plus(Duration.ofMinutes(offerWindowMinutes));
        return windowEnd.isBefore(startsAt) ? windowEnd : startsAt;
    }

    /** The next place in line; only called with this row locked, so numbers are unique and in order. */
    int takeWaitlistNumber() {
        return ++nextWaitlistNumber;
    }

    public boolean isHostedBy(long accountId) {
        return hostId == accountId;
    }

    public WorkshopDetails details() {
        ZoneId zone = getZone();
        return new WorkshopDetails(title, description, topic, getLanguage(), LocalDateTime.ofInstant(startsAt, zone),
                LocalDateTime.ofInstant(endsAt, zone), zone, capacity, mode, location, onlineLink,
                LocalDateTime.ofInstant(signUpDeadline, zone), LocalDateTime.ofInstant(cancellationDeadline, zone),
                offerWindowMinutes, question);
    }

    private static String place(WorkshopDetails details) {
        return details.mode() == AttendanceMode.ONLINE ? details.onlineLink() : details.location();
    }

    private String currentPlace() {
        return mode == AttendanceMode.ONLINE ? onlineLink : location;
    }

    private static boolean same(String a, String b) {
        return (a == null ? "" : a.strip()).equals(b == null ? "" : b.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public WorkshopTopic getTopic() {
        return topic;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public long getHostId() {
        return hostId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public int getCapacity() {
        return capacity;
    }

    public AttendanceMode getMode() {
        return mode;
    }

    /** The address (in person) or a note about the place; shown to everyone. */
    public Optional<String> getLocation() {
        return Optional.ofNullable(location);
    }

    /** The video link: shown only to confirmed attendees and the staff (see {@link WorkshopService}). */
    Optional<String> getOnlineLink() {
        return Optional.ofNullable(onlineLink);
    }

    public Instant getSignUpDeadline() {
        return signUpDeadline;
    }

    public Instant getCancellationDeadline() {
        return cancellationDeadline;
    }

    public int getOfferWindowMinutes() {
        return offerWindowMinutes;
    }

    public Optional<String> getQuestion() {
        return Optional.ofNullable(question);
    }

    public WorkshopStatus getStatus() {
        return status;
    }

    public boolean isPostponed() {
        return postponed;
    }

    public int getSequence() {
        return sequence;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
