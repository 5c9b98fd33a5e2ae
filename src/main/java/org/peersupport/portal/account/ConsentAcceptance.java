package org.peersupport.portal.account;

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

/** One acceptance of a version of the guidelines or the privacy notice by an account: never changed, kept as history. */
@Entity
@Table(name = "consent_acceptance")
@NamedQuery(name = ConsentAcceptance.OF_ACCOUNT,
        query = "SELECT c FROM ConsentAcceptance c WHERE c.accountId = :accountId ORDER BY c.acceptedAt, c.id")
public class ConsentAcceptance implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final String OF_ACCOUNT = "ConsentAcceptance.ofAccount";
    public static final int VERSION_MAX = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentDocument document;

    @Column(nullable = false, length = VERSION_MAX)
    private String version;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected ConsentAcceptance() {
        // for JPA
    }

    ConsentAcceptance(long accountId, ConsentDocument document, String version, Instant acceptedAt) {
        this.accountId = accountId;
        this.document = document;
        this.version = version;
        this.acceptedAt = acceptedAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public ConsentDocument getDocument() {
        return document;
    }

    public String getVersion() {
        return version;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
