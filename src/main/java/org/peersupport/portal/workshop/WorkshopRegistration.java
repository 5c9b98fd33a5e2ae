package org.peersupport.portal.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One member's registration for one workshop (one row per member and workshop, its status moving
 * on). The answer to the sign-up question is for the host alone.
 */
@Entity
@Table(name = "workshop_registration")
@NamedQuery(name = WorkshopRegistration.OF_MEMBER,
        query = "SELECT r FROM WorkshopRegistration r WHERE r.workshopId = :workshop AND r.memberId = :member")
@NamedQuery(name = WorkshopRegistration.HOLDING_SEATS, query = "SELECT COUNT(r) FROM WorkshopRegistration r WHERE r.workshopId = :workshop"
        + " AND r.status IN (org.peersupport.portal.workshop.RegistrationStatus.CONFIRMED, org.peersupport.portal.workshop.RegistrationStatus.OFFERED)")
@NamedQuery(name = WorkshopRegistration.COUNT_BY_STATUS, query = "SELECT r.status, COUNT(r) FROM WorkshopRegistration r"
        + " WHERE r.workshopId = :workshop GROUP BY r.status")
@NamedQuery(name = WorkshopRegistration.FIRST_WAITING, query = "SELECT r FROM WorkshopRegistration r WHERE r.workshopId = :workshop"
        + " AND r.status = org.peersupport.portal.workshop.RegistrationStatus.WAITLISTED ORDER BY r.waitlistNumber")
@NamedQuery(name = WorkshopRegistration.OF_WORKSHOP, query = "SELECT r FROM WorkshopRegistration r WHERE r.workshopId = :workshop"
        + " ORDER BY r.status, r.waitlistNumber, r.createdAt, r.id")
@NamedQuery(name = WorkshopRegistration.EXPIRED_OFFERS, query = "SELECT DISTINCT r.workshopId FROM WorkshopRegistration r"
        + " WHERE r.status = org.peersupport.portal.workshop.RegistrationStatus.OFFERED AND r.offerExpiresAt <= :now")
public class WorkshopRegistration {

    static final String OF_MEMBER = "WorkshopRegistration.ofMember";
    static final String HOLDING_SEATS = "WorkshopRegistration.holdingSeats";
    static final String COUNT_BY_STATUS = "WorkshopRegistration.countByStatus";
    static final String FIRST_WAITING = "WorkshopRegistration.firstWaiting";
    static final String OF_WORKSHOP = "WorkshopRegistration.ofWorkshop";
    static final String EXPIRED_OFFERS = "WorkshopRegistration.expiredOffers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workshop_id", nullable = false, updatable = false)
    private long workshopId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(name = "waitlist_number")
    private Integer waitlistNumber;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    private String answer;

    @Column(name = "share_contact", nullable = false)
    private boolean shareContact;

    @Enumerated(EnumType.STRING)
    private CheckIn attendance;

    @Column(name = "first_attended_at")
    private Instant firstAttendedAt;

    @Column(name = "cancelled_late", nullable = false)
    private boolean cancelledLate;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WorkshopRegistration() {
    }

    WorkshopRegistration(long workshopId, long memberId, Instant now) {
        this.workshopId = workshopId;
        this.memberId = memberId;
        this.status = RegistrationStatus.CANCELLED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void confirm(Instant now) {
        moveTo(RegistrationStatus.CONFIRMED, now);
        offerExpiresAt = null;
    }

    void waitlist(int number, Instant now) {
        moveTo(RegistrationStatus.WAITLISTED, now);
        waitlistNumber = number;
    }

    void offer(Instant expiresAt, Instant now) {
        moveTo(RegistrationStatus.OFFERED, now);
        offerExpiresAt = expiresAt;
    }

    void expire(Instant now) {
        moveTo(RegistrationStatus.EXPIRED, now);
    }

    void cancel(boolean late, Instant now) {
        moveTo(RegistrationStatus.CANCELLED, now);
        cancelledLate = late;
        offerExpiresAt = null;
    }

    void answer(String answer, boolean shareContact) {
        this.answer = answer == null || answer.isBlank() ? null : answer.strip();
        this.shareContact = shareContact;
    }

    void mark(CheckIn checkIn, Instant now) {
        this.attendance = checkIn;
        this.updatedAt = now;
    }

    /** A new sign-up after a cancellation starts afresh: no late mark, no old day record. */
    void restart(Instant now) {
        cancelledLate = false;
        attendance = null;
        offerExpiresAt = null;
        updatedAt = now;
    }

    private void moveTo(RegistrationStatus next, Instant now) {
        status = next;
        sequence++;
        updatedAt = now;
    }

    public boolean offerExpiredAt(Instant now) {
        return status == RegistrationStatus.OFFERED && offerExpiresAt != null && !now.isBefore(offerExpiresAt);
    }

    public Long getId() {
        return id;
    }

    public long getWorkshopId() {
        return workshopId;
    }

    public long getMemberId() {
        return memberId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Optional<Integer> getWaitlistNumber() {
        return Optional.ofNullable(waitlistNumber);
    }

    public Optional<Instant> getOfferExpiresAt() {
        return Optional.ofNullable(offerExpiresAt);
    }

    public Optional<String> getAnswer() {
        return Optional.ofNullable(answer);
    }

    public boolean isShareContact() {
        return shareContact;
    }

    public Optional<CheckIn> getAttendance() {
        return Optional.ofNullable(attendance);
    }

    public boolean isCancelledLate() {
        return cancelledLate;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
