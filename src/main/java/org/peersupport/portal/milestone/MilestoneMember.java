package org.peersupport.portal.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member as milestones know them: the name they want on certificates (their display name when unset). */
@Entity
@Table(name = "milestone_member")
public class MilestoneMember {

    public static final int NAME_MAX = 120;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(name = "certificate_name")
    private String certificateName;

    protected MilestoneMember() {
        // for JPA
    }

    public long getMemberId() {
        return memberId;
    }

    public String getCertificateName() {
        return certificateName;
    }

    void nameCertificates(String name) {
        this.certificateName = name == null || name.isBlank() ? null : name.strip();
    }
}
