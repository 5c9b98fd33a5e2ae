package org.peersupport.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** A member's quiet hours (none by default). */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "quiet_start")
    private LocalTime quietStart;

    @Column(name = "quiet_end")
    private LocalTime quietEnd;

    protected NotificationSettings() {
        // for JPA
    }

    NotificationSettings(long accountId) {
        this.accountId = accountId;
    }

    void quietHours(LocalTime start, LocalTime end) {
        if (start != null && start.equals(end)) {
            throw new IllegalArgumentException("Quiet hours need a different start and end");
        }
        this.quietStart = start;
        this.quietEnd = start == null ? null : end;
    }

    public LocalTime getQuietStart() {
        return quietStart;
    }

    public LocalTime getQuietEnd() {
        return quietEnd;
    }

    public Optional<QuietHours> quietHoursIn(ZoneId zone) {
        return quietStart == null || quietEnd == null ? Optional.empty()
                : Optional.of(new QuietHours(quietStart, quietEnd, zone));
    }
}
