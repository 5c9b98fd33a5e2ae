package org.peersupport.portal.milestone.badge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The recipient as an Open Badges 3.0 IdentityObject names them without revealing them:
 * {@code sha256$} and the hex SHA-256 of the e-mail address followed by a salt (both UTF-8). A verifier
 * who is told the address checks it against the hash; nobody can read the address out of it, and a
 * new random salt for every credential keeps two credentials of one member from being linked.
 * The address is hashed as the portal stores it: trimmed and in lower case.
 */
public record RecipientIdentifier(String identityHash, String salt) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;

    /** With a new random salt. */
    public static RecipientIdentifier forEmail(String email) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return forEmail(email, HexFormat.of().formatHex(salt));
    }

    static RecipientIdentifier forEmail(String email, String salt) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        return new RecipientIdentifier("sha256$" + sha256Hex(address + salt), salt);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
