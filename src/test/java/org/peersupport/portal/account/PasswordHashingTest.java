package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void theDecoyCostsAsMuchAsARealHash() {
        // Same algorithm and iteration count as new hashes, or a wrong e-mail would answer faster than a wrong password.
        String[] parts = PasswordHashing.DECOY_HASH.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(Integer.parseInt(parts[1])).isEqualTo(PasswordHashing.ITERATIONS);
    }
}
