package org.peersupport.portal.account;

/** What a password reset link can do when it is opened. */
public enum ResetLinkState {
    /** It sets a new password. */
    USABLE,
    /** Not a link we sent (forged, mistyped, cut short, or deleted since). */
    UNKNOWN,
    /** Older than {@link PasswordReset#VALID_FOR}. */
    EXPIRED,
    /** It has set a password already. */
    USED,
    /** A newer link was asked for, or the password or security of the account changed since. */
    REPLACED
}
