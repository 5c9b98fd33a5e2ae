package org.peersupport.portal.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A milestone a member has reached, once per member and milestone. Private: what its certificate's
 * verification page shows beyond "valid" is the member's choice. A revocation keeps the row, so the
 * page can say the certificate was revoked.
 */
@Entity
@Table(name = "milestone_award")
@NamedQuery(name = MilestoneAward.OF_MEMBER, query = "SELECT a FROM MilestoneAward a WHERE a.memberId = :member ORDER BY a.awardedAt DESC, a.id DESC")
@NamedQuery(name = MilestoneAward.DEFINITIONS_OF_MEMBER, query = "SELECT a.definitionId FROM MilestoneAward a WHERE a.memberId = :member")
@NamedQuery(name = MilestoneAward.BY_CODE, query = "SELECT a FROM MilestoneAward a WHERE a.verificationCode = :code")
@NamedQuery(name = MilestoneAward.BY_CREDENTIAL, query = "SELECT a FROM MilestoneAward a WHERE a.credentialId = :credential")
public class MilestoneAward {

    static final String OF_MEMBER = "MilestoneAward.ofMember";
    static final String DEFINITIONS_OF_MEMBER = "MilestoneAward.definitionsOfMember";
    static final String BY_CODE = "MilestoneAward.byCode";
    static final String BY_CREDENTIAL = "MilestoneAward.byCredential";

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "definition_id", nullable = false, updatable = false)
    private long definitionId;

    @Column(name = "awarded_at", nullable = false, updatable = false)
    private Instant awardedAt;

    @Column(name = "awarded_by", updatable = false)
    private Long awardedBy;

    @Column(updatable = false)
    private String note;

    @Column(name = "verification_code", nullable = false, updatable = false)
    private String verificationCode;

    @Column(name = "credential_id", nullable = false, updatable = false)
    private String credentialId;

    @Column(name = "show_name", nullable = false)
    private boolean showName;

    @Column(name = "show_milestone", nullable = false)
    private boolean showMilestone;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected MilestoneAward() {
        // for JPA
    }

    private MilestoneAward(long memberId, long definitionId, Instant awardedAt, Long awardedBy, String note) {
        this.memberId = memberId;
        this.definitionId = definitionId;
        this.awardedAt = awardedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as stored (DATETIME(3))
        this.awardedBy = awardedBy;
        this.note = note;
        this.verificationCode = VerificationCode.generate();
        this.credentialId = UUID.randomUUID().toString();
    }

    static MilestoneAward reached(long memberId, long definitionId, Instant at) {
        return new MilestoneAward(memberId, definitionId, at, null, null);
    }

    static MilestoneAward byHand(long memberId, long definitionId, Instant at, long facilitatorId, String note) {
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > NOTE_MAX) {
            throw new IllegalArgumentException("An award's note is at most " + NOTE_MAX + " characters");
        }
        return new MilestoneAward(memberId, definitionId, at, facilitatorId, clean);
    }

    void revoke(long actorId, String reason, Instant now) {
        if (isRevoked()) {
            throw new IllegalStateException("The award is already revoked");
        }
        this.revokedAt = now;
        this.revokedBy = actorId;
        this.revocationReason = reason.strip();
    }

    /** The member's choice of what the public verification page may show. */
    void share(boolean name, boolean milestone) {
        this.showName = name;
        this.showMilestone = milestone;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public Instant getAwardedAt() {
        return awardedAt;
    }

    public Long getAwardedBy() {
        return awardedBy;
    }

    public String getNote() {
        return note;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public UUID getCredentialId() {
        return UUID.fromString(credentialId);
    }

    public boolean isShowName() {
        return showName;
    }

    public boolean isShowMilestone() {
        return showMilestone;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Long getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
