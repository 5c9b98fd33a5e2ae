package org.peersupport.portal.milestone.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecipientIdentifierTest {

    @Test
    void hashesTheAddressFollowedByTheSaltAsTheSpecificationsExampleDoes() {
        // Open Badges 3.0, IdentityHash: 'a@example.com' salted with 'Kosher'.
        RecipientIdentifier identifier = RecipientIdentifier.forEmail("a@example.com", "Kosher");

        assertThat(identifier.identityHash()).isEqualTo("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399");
        assertThat(identifier.salt()).isEqualTo("Kosher");
    }

    @Test
    void hashesTheAddressAsTheAccountStoresIt() {
        assertThat(RecipientIdentifier.forEmail("  A@Example.COM ", "Kosher"))
                .isEqualTo(RecipientIdentifier.forEmail("a@example.com", "Kosher"));
    }

    @Test
    void everyIdentifierHasItsOwnLongRandomSalt() {
        Set<String> salts = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            RecipientIdentifier identifier = RecipientIdentifier.forEmail("member@example.org");
            assertThat(identifier.salt()).matches("[0-9a-f]{32}");
            salts.add(identifier.salt());
            hashes.add(identifier.identityHash());
        }
        assertThat(salts).hasSize(50);
        assertThat(hashes).hasSize(50);
    }
}
