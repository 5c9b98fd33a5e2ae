package org.peersupport.portal.notification;

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

/** A reminder of an event some feature owns (a workshop, a group session), due at {@code remindAt}. */
@Entity
@Table(name = "reminder")
@NamedQuery(name = Reminder.DUE,
        query = "SELECT r FROM Reminder r WHERE r.status = org.peersupport.portal.notification.Reminder.Status.PENDING AND r.remindAt <= :now ORDER BY r.remindAt")
@NamedQuery(name = Reminder.FOR_SUBJECT, query = "SELECT r FROM Reminder r"
        + " WHERE r.subjectType = :type AND r.subjectId = :id AND (:recipient IS NULL OR r.recipientId = :recipient)")
@NamedQuery(name = Reminder.CANCEL, query = "UPDATE Reminder r SET r.status = org.peersupport.portal.notification.Reminder.Status.CANCELLED WHERE r.status = org.peersupport.portal.notification.Reminder.Status.PENDING"
        + " AND r.subjectType = :type AND r.subjectId = :id AND (:recipient IS NULL OR r.recipientId = :recipient)")
@NamedQuery(name = Reminder.CANCEL_MANY, query = "UPDATE Reminder r SET r.status = org.peersupport.portal.notification.Reminder.Status.CANCELLED WHERE r.status = org.peersupport.portal.notification.Reminder.Status.PENDING"
        + " AND r.subjectType = :type AND r.subjectId IN :ids AND r.recipientId = :recipient")
@NamedQuery(name = Reminder.FIRE, query = "UPDATE Reminder r SET r.status = org.peersupport.portal.notification.Reminder.Status.FIRED WHERE r.id = :id AND r.status = org.peersupport.portal.notification.Reminder.Status.PENDING")
public class Reminder {

    static final String DUE = "Reminder.due";
    static final String FOR_SUBJECT = "Reminder.forSubject";
    static final String CANCEL = "Reminder.cancel";
    static final String CANCEL_MANY = "Reminder.cancelMany";
    static final String FIRE = "Reminder.fire";

    public enum Status {
        PENDING,
        FIRED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "event_start", nullable = false)
    private Instant eventStart;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Column(nullable = false)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected Reminder() {
        // for JPA
    }

    Reminder(long recipientId, NotificationKind kind, SubjectRef subject, Instant eventStart, Instant remindAt,
            String link) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.eventStart = eventStart;
        this.remindAt = remindAt;
        this.link = link;
        this.status = Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Instant getEventStart() {
        return eventStart;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public String getLink() {
        return link;
    }

    public Status getStatus() {
        return status;
    }
}
