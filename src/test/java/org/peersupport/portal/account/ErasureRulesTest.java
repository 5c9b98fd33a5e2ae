package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The domain rules of erasure: cooling-off, the hold and its release, what an erased account keeps. */
class ErasureRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aRequestIsDueOnlyOnceTheCoolingOffHasPassed() {
        ErasureRequest request = new ErasureRequest(7L, NOW, Duration.ofDays(7));
        assertThat(request.isDueAt(NOW.plus(Duration.ofDays(7)).minusMillis(1))).isFalse();
        assertThat(request.isDueAt(NOW.plus(Duration.ofDays(7)))).isTrue();
        assertThatThrownBy(() -> new ErasureRequest(7L, NOW, Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeldRequestWaitsForAnAdminsNoteThatIsNotBlank() {
        ErasureRequest request = new ErasureRequest(7L, NOW, Duration.ZERO);
        assertThat(request.heldAt(NOW)).as("first time: held now").isTrue();
        assertThat(request.heldAt(NOW.plusSeconds(60))).as("already held").isFalse();
        assertThat(request.isHeld()).isTrue();
        assertThatThrownBy(() -> request.release(1L, "   ")).isInstanceOf(ErasureRefusedException.class)
                .hasMessage(ErasureRefusedException.NOTE_REQUIRED);
        assertThat(request.isReleased()).isFalse();
        request.release(1L, "  Clinician agrees.  ");
        assertThat(request.isReleased()).isTrue();
        assertThat(request.isHeld()).isFalse();
        assertThat(request.getAdminNote()).isEqualTo("Clinician agrees.");
    }

    @Test
    void anErasedAccountKeepsOnlyAPseudonymNoRoleAndNoSession() {
        Account account = new Account("ana@example.org", "hash", "Quiet Harbor", ZoneId.of("Europe/Madrid"), Locale.ENGLISH,
                ConsentVersions.CURRENT, NOW);
        account.grant(Role.MENTOR);
        SessionStamps before = account.getSessionStamps();

        account.erase("former-member-abc", "unknowable", NOW);

        assertThat(account.isErased()).isTrue();
        assertThat(account.getEmail()).isEqualTo("former-member-abc@erased.invalid");
        assertThat(account.getDisplayName()).isEqualTo("former-member-abc");
        assertThat(account.getPasswordHash()).isEqualTo("unknowable");
        assertThat(account.getRoles()).isEmpty();
        assertThat(account.getSessionStamps()).isNotEqualTo(before);
    }
}
