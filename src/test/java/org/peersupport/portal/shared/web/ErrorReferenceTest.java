package org.peersupport.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorReferenceTest {

    @Test
    void referencesAreEightUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String reference = ErrorReference.newReference();
            assertThat(reference).matches("[A-HJ-NP-Z2-9]{8}");
            seen.add(reference);
        }
        assertThat(seen).hasSizeGreaterThan(995);
    }
}
