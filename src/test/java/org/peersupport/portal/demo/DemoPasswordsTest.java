package org.peersupport.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class DemoPasswordsTest {

    @Test
    void everyDemoPasswordMatchesItsHash() throws Exception {
        assertThat(DemoPasswords.all()).hasSize(6);
        for (var entry : DemoPasswords.all().entrySet()) {
            assertThat(matches(entry.getKey(), entry.getValue())).as(entry.getKey()).isTrue();
            assertThat(matches(entry.getKey() + "x", entry.getValue())).as(entry.getKey() + "x").isFalse();
        }
    }

    @Test
    void hashesUseThePortalsSettings() {
        // PasswordHashing: PBKDF2WithHmacSHA256, 600,000 iterations, 32-byte salt and key.
        for (String hash : DemoPasswords.all().values()) {
            String[] parts = hash.split(":");
            assertThat(parts[0] + ":" + parts[1]).isEqualTo("PBKDF2WithHmacSHA256:600000");
            assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
            assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        }
        assertThat(DemoPasswords.NOBODY).startsWith("PBKDF2WithHmacSHA256:600000:");
    }

    @Test
    void eachDemoPasswordHasItsOwnSalt() {
        assertThat(DemoPasswords.all().values().stream().map(h -> h.split(":")[2]).distinct()).hasSize(6);
    }

    @Test
    void anUnknownPasswordIsRefused() {
        assertThatThrownBy(() -> DemoPasswords.hashOf("demo-pass-unknown")).isInstanceOf(IllegalArgumentException.class);
    }

    /** PBKDF2 recomputed from the salt and iterations in the hash, as Jakarta Security verifies it. */
    private static boolean matches(String password, String hash) throws Exception {
        String[] parts = hash.split(":");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = SecretKeyFactory.getInstance(parts[0])
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(parts[1]), expected.length * 8))
                .getEncoded();
        return MessageDigest.isEqual(expected, actual);
    }
}
