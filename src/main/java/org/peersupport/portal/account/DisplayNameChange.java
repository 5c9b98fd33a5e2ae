package org.peersupport.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A display name an account gave up: moderators keep seeing who wrote as whom. */
@Entity
@Table(name = "display_name_change")
@NamedQuery(name = DisplayNameChange.OF_ACCOUNT,
        query = "SELECT c FROM DisplayNameChange c WHERE c.accountId = :accountId ORDER BY c.changedAt DESC, c.id DESC")
public class DisplayNameChange {

    static final String OF_ACCOUNT = "DisplayNameChange.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "former_name", nullable = false, length = Account.DISPLAY_NAME_MAX)
    private String formerName;

    @Column(name = "new_name", nullable = false, length = Account.DISPLAY_NAME_MAX)
    private String newName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DisplayNameChange() {
        // for JPA
    }

    DisplayNameChange(long accountId, String formerName, String newName, Instant changedAt) {
        this.accountId = accountId;
        this.formerName = formerName;
        this.newName = newName;
        this.changedAt = changedAt;
    }

    public String getFormerName() {
        return formerName;
    }

    public String getNewName() {
        return newName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
