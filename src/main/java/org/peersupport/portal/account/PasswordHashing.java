package org.peersupport.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2, set well above its default of 2,048 iterations (OWASP 2023: 600,000
 * for PBKDF2-HMAC-SHA256). The iteration count is stored in each hash, so raising it later still
 * verifies older hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /**
     * Verified when the e-mail is unknown, so a wrong address costs as much time as a wrong password:
     * the hash of a random secret that was thrown away, made once with the settings below (a test
     * keeps its iterations equal to {@link #ITERATIONS}) rather than at every start.
     */
    static final String DECOY_HASH =
            "PBKDF2WithHmacSHA256:600000:yhECGSWOm9/aks0SQxEewSs5L5radV85wCarNu7JxJI=:YLWSlo7Ag9PXLffCW3P+/3Ursv3uJvjGLk7KTjsg6q4=";

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the same time as {@link #matches} and always answers false. */
    public boolean burnTime(String password) {
        pbkdf2.verify(password.toCharArray(), DECOY_HASH);
        return false;
    }
}
