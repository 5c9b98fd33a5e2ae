package org.peersupport.portal.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a member enters about their care contact. The page binds to it and the service validates the
 * same constraints; {@link CareContact} keeps the rule that one way to reach them is given.
 */
public class CareContactDetails implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;
    public static final int RELATIONSHIP_MAX = 60;
    public static final int PHONE_MAX = 30;
    /**
     * Digits, spaces and + ( ) . - from a digit to a digit, 6 to 30 long (or nothing): loose on
     * purpose, numbers differ by country.
     */
    public static final String PHONE_PATTERN = "(\\+?[0-9(][0-9 ().-]{4,28}[0-9])?";

    @NotBlank(message = "{careContact.name.required}")
    @Size(max = NAME_MAX, message = "{careContact.name.tooLong}")
    private String name;

    @NotBlank(message = "{careContact.relationship.required}")
    @Size(max = RELATIONSHIP_MAX, message = "{careContact.relationship.tooLong}")
    private String relationship;

    @Size(max = PHONE_MAX, message = "{careContact.phone.invalid}")
    @Pattern(regexp = PHONE_PATTERN, message = "{careContact.phone.invalid}")
    private String phone;

    @Email(message = "{careContact.email.invalid}")
    @Size(max = Account.EMAIL_MAX, message = "{careContact.email.invalid}")
    private String email;

    @AssertTrue(message = "{careContact.consent.required}")
    private boolean consent;

    public CareContactDetails() {}

    /** The details of a contact already given, to change them (consent was given with them). */
    public static CareContactDetails of(CareContact contact) {
        CareContactDetails details = new CareContactDetails();
        details.name = contact.getName();
        details.relationship = contact.getRelationship();
        details.phone = contact.getPhone();
        details.email = contact.getEmail();
        details.consent = true;
        return details;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
