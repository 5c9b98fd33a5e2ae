package org.peersupport.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Someone a member names for staff to contact when staff believe the member is at risk: optional,
 * given with the member's consent, changed or withdrawn by the member at any time. Withdrawing
 * deletes the row; nothing of it is kept elsewhere (the audit trail says only that it happened).
 */
@Entity
@Table(name = "care_contact")
public class CareContact implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(nullable = false, length = CareContactDetails.NAME_MAX)
    private String name;

    @Column(nullable = false, length = CareContactDetails.RELATIONSHIP_MAX)
    private String relationship;

    @Column(length = CareContactDetails.PHONE_MAX)
    private String phone;

    @Column(length = Account.EMAIL_MAX)
    private String email;

    /** When the member agreed to its use, with these details. */
    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    @Version
    private long version;

    protected CareContact() {
        // for JPA
    }

    /** A contact the member gives now; refused without consent, a name, who they are, or a way to reach them. */
    public CareContact(long accountId, CareContactDetails details, Instant now) {
        this.accountId = accountId;
        change(details, now);
    }

    /** The member's new details, with their consent again; refused as above. */
    public final void change(CareContactDetails details, Instant now) {
        if (!details.isConsent()) {
            throw new IllegalArgumentException("A care contact needs the member's consent");
        }
        String newName = stripped(details.getName());
        String newRelationship = stripped(details.getRelationship());
        String newPhone = stripped(details.getPhone());
        String newEmail = stripped(details.getEmail());
        if (newName == null || newRelationship == null) {
            throw new IllegalArgumentException("A care contact needs a name and who they are to the member");
        }
        if (newPhone == null && newEmail == null) {
            throw new IllegalArgumentException("A care contact needs a phone number or an e-mail address");
        }
        this.name = newName;
        this.relationship = newRelationship;
        this.phone = newPhone;
        this.email = newEmail;
        this.consentedAt = now;
    }

    /** Whether the details say the same as this contact already does (saving them changes nothing). */
    public boolean sameAs(CareContactDetails details) {
        return name.equals(stripped(details.getName())) && relationship.equals(stripped(details.getRelationship()))
                && java.util.Objects.equals(phone, stripped(details.getPhone()))
                && java.util.Objects.equals(email, stripped(details.getEmail()));
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getRelationship() {
        return relationship;
    }

    public String getPhone() {
        return phone;
    }

    /** The phone number as a tel: link wants it: its digits, with a leading + kept (spaces, dots and dashes are for reading). */
    public String getDialablePhone() {
        return phone == null ? null : phone.replaceAll("(?!^\\+)[^0-9]", "");
    }

    public String getEmail() {
        return email;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }
}
