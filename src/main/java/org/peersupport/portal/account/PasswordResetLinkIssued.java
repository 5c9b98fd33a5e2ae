package org.peersupport.portal.account;

import java.time.Instant;

/**
 * Fired inside the transaction that stored a new reset link: notification mails {@code token} (the
 * only copy of the secret) to the account. Its text never shows the token.
 */
public record PasswordResetLinkIssued(long accountId, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetLinkIssued[accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
    }
}
