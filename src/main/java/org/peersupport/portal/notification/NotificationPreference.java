package org.peersupport.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A member's choice of channel for one kind of notice. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
@NamedQuery(name = NotificationPreference.OF_ACCOUNT,
        query = "SELECT p FROM NotificationPreference p WHERE p.accountId = :account")
public class NotificationPreference {

    static final String OF_ACCOUNT = "NotificationPreference.ofAccount";

    public record Key(long accountId, NotificationKind kind) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    protected NotificationPreference() {
        // for JPA
    }

    NotificationPreference(long accountId, NotificationKind kind, Channel channel) {
        this.accountId = accountId;
        this.kind = kind;
        this.channel = channel;
    }

    void choose(Channel chosen) {
        this.channel = chosen;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Channel getChannel() {
        return channel;
    }
}
