package org.peersupport.portal.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the duty roster: whether a moderator is on duty now, since when. */
@Entity
@Table(name = "moderator_duty")
@NamedQuery(name = ModeratorDuty.ON_DUTY, query = "SELECT d.accountId, a.displayName FROM ModeratorDuty d"
        + " JOIN Account a ON a.id = d.accountId WHERE d.onDuty = TRUE ORDER BY a.displayName")
public class ModeratorDuty {

    static final String ON_DUTY = "ModeratorDuty.onDuty";

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "on_duty", nullable = false)
    private boolean onDuty;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ModeratorDuty() {
        // for JPA
    }

    ModeratorDuty(long accountId) {
        this.accountId = accountId;
    }

    /** True when this changed anything. */
    boolean set(boolean onDuty, Instant at) {
        boolean changed = this.onDuty != onDuty || changedAt == null;
        this.onDuty = onDuty;
        this.changedAt = at;
        return changed;
    }

    public boolean isOnDuty() {
        return onDuty;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
