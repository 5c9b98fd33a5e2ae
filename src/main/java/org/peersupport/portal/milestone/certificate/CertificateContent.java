package org.peersupport.portal.milestone.certificate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What one certificate says. The recipient's name is the member's chosen name for certificates,
 * never their e-mail address; the description and the name of who awarded it by hand may be empty.
 * A facilitator's personal note is deliberately not here: a certificate is shown to others, the note
 * stays between the facilitator and the member.
 *
 * @param awardedByName the facilitator's display name for a milestone awarded by hand, else {@code null}
 */
public record CertificateContent(String recipientName, String milestoneName, String milestoneDescription, LocalDate awardedOn,
        String issuerName, String verificationUrl, String verificationCode, Locale locale, String awardedByName) {

    public CertificateContent {
        requireText(recipientName, "recipientName");
        requireText(milestoneName, "milestoneName");
        Objects.requireNonNull(awardedOn, "awardedOn");
        requireText(issuerName, "issuerName");
        requireText(verificationUrl, "verificationUrl");
        requireText(verificationCode, "verificationCode");
        Objects.requireNonNull(locale, "locale");
        milestoneDescription = milestoneDescription == null ? "" : milestoneDescription.strip();
        awardedByName = awardedByName == null || awardedByName.isBlank() ? null : awardedByName.strip();
    }

    /** A milestone awarded automatically, from an event: nobody's name under it. */
    public CertificateContent(String recipientName, String milestoneName, String milestoneDescription, LocalDate awardedOn,
            String issuerName, String verificationUrl, String verificationCode, Locale locale) {
        this(recipientName, milestoneName, milestoneDescription, awardedOn, issuerName, verificationUrl, verificationCode, locale, null);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
