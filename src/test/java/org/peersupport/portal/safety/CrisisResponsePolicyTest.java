package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.shared.policy.PolicyFileException;

class CrisisResponsePolicyTest {

    @Test
    void theRepositoryFileGivesFifteenMinutesForHighAndAnHourForMedium() throws Exception {
        CrisisResponsePolicy policy = CrisisResponsePolicy.read(CrisisResponsePolicy.FILE,
                Files.readAllBytes(Path.of("moderation-policies", CrisisResponsePolicy.FILE)));
        Instant raised = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(policy.deadlineFor(CrisisSeverity.HIGH, raised)).isEqualTo(raised.plus(Duration.ofMinutes(15)));
        assertThat(policy.deadlineFor(CrisisSeverity.MEDIUM, raised)).isEqualTo(raised.plus(Duration.ofMinutes(60)));
        assertThat(policy.deadlineFor(CrisisSeverity.LOOK_SOON, raised)).as("look soon: four hours")
                .isEqualTo(raised.plus(Duration.ofMinutes(240)));
        assertThat(policy.escalateTo()).isEmpty();
    }

    @Test
    void aLookSoonDeadlineIsRequiredAndNeverShorterThanMedium() {
        assertRefused("""
                acknowledge-within-minutes:
                  HIGH: 15
                  MEDIUM: 60
                """, 1, "'LOOK_SOON' is missing");
        assertRefused("""
                acknowledge-within-minutes:
                  HIGH: 15
                  MEDIUM: 60
                  LOOK_SOON: 30
                """, 3, "MEDIUM alerts must not wait longer than LOOK_SOON ones");
        assertRefused("""
                acknowledge-within-minutes:
                  HIGH: 15
                  MEDIUM: 60
                  LOOK_SOON: 2000
                """, 4, "");
        assertThat(read("acknowledge-within-minutes: { HIGH: 15, MEDIUM: 60, LOOK_SOON: 60 }")
                .acknowledgeWithin()).as("equal deadlines are allowed").containsEntry(CrisisSeverity.LOOK_SOON, Duration.ofMinutes(60));
    }

    @Test
    void contactsAreReadLowerCased() {
        CrisisResponsePolicy policy = read("""
                acknowledge-within-minutes: { HIGH: 10, MEDIUM: 30, LOOK_SOON: 120 }
                escalate-to:
                  - On-Call@Clinic.example
                """);
        assertThat(policy.escalateTo()).containsExactly("on-call@clinic.example");
        assertThat(policy.acknowledgeWithin()).containsEntry(CrisisSeverity.HIGH, Duration.ofMinutes(10));
    }

    @Test
    void mistakesAreRefusedWithTheirLine() {
        assertRefused("""
                acknowledge-within-minutes:
                  HIGH: 15
                """, 1, "'MEDIUM' is missing");
        assertRefused("""
                acknowledge-within-minutes:
                  HIGH: 15
                  MEDIUM: soon
                  LOOK_SOON: 240
                """, 3, "expected a whole number");
        assertRefused("""
                acknowledge-within-minutes:
                  HIGH: 90
                  MEDIUM: 30
                  LOOK_SOON: 240
                """, 2, "HIGH alerts must not wait longer than MEDIUM ones");
        assertRefused("""
                acknowledge-within-minutes: { HIGH: 15, MEDIUM: 60, LOOK_SOON: 240 }
                escalate-to:
                  - lead@clinic.example
                  - not an address
                """, 4, "is not an e-mail address");
        assertRefused("""
                acknowledge-within-minutes: { HIGH: 15, MEDIUM: 60, LOOK_SOON: 240, LOW: 120 }
                """, 1, "unknown key 'LOW'");
    }

    private static void assertRefused(String yaml, int line, String reason) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(PolicyFileException.class, e -> {
            assertThat(e.file()).isEqualTo(CrisisResponsePolicy.FILE);
            assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
            assertThat(e.reason()).contains(reason);
        });
    }

    private static CrisisResponsePolicy read(String yaml) {
        return CrisisResponsePolicy.read(CrisisResponsePolicy.FILE, yaml.getBytes(StandardCharsets.UTF_8));
    }
}
