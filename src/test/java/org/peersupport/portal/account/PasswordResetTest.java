package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reset link's own rules: 30 minutes, once, and only under the stamp it was issued with. */
class PasswordResetTest {

    private static final Instant ISSUED = Instant.parse("2026-12-05T21:00:00Z");
    private static final long STAMP = 4;

    private final PasswordReset link = new PasswordReset(7, "a".repeat(64), STAMP, ISSUED);

    @Test
    void aLinkWorksForThirtyMinutesAndNotASecondMore() {
        assertThat(link.getExpiresAt()).isEqualTo(ISSUED.plus(Duration.ofMinutes(30)));
        assertThat(link.stateAt(ISSUED, STAMP)).isEqualTo(ResetLinkState.USABLE);
        assertThat(link.stateAt(ISSUED.plus(Duration.ofMinutes(30)).minusMillis(1), STAMP)).isEqualTo(ResetLinkState.USABLE);
        assertThat(link.stateAt(ISSUED.plus(Duration.ofMinutes(30)), STAMP)).isEqualTo(ResetLinkState.EXPIRED);
    }

    @Test
    void anExpiredLinkCannotBeUsed() {
        Instant late = ISSUED.plus(Duration.ofMinutes(31));
        assertThatThrownBy(() -> link.use(late, STAMP))
                .isInstanceOfSatisfying(PasswordResetRefusedException.class,
                        e -> assertThat(e.getState()).isEqualTo(ResetLinkState.EXPIRED));
        assertThat(link.stateAt(ISSUED, STAMP)).as("still unspent").isEqualTo(ResetLinkState.USABLE);
    }

    @Test
    void aLinkWorksOnce() {
        link.use(ISSUED.plusSeconds(60), STAMP);

        assertThat(link.stateAt(ISSUED.plusSeconds(61), STAMP)).isEqualTo(ResetLinkState.USED);
        assertThatThrownBy(() -> link.use(ISSUED.plusSeconds(62), STAMP))
                .isInstanceOfSatisfying(PasswordResetRefusedException.class,
                        e -> assertThat(e.getState()).isEqualTo(ResetLinkState.USED));
    }

    @Test
    void aLinkIssuedBeforeTheAccountsSecurityChangedIsVoid() {
        assertThat(link.stateAt(ISSUED.plusSeconds(60), STAMP + 1)).isEqualTo(ResetLinkState.REPLACED);
        assertThatThrownBy(() -> link.use(ISSUED.plusSeconds(60), STAMP + 1))
                .isInstanceOf(PasswordResetRefusedException.class);
    }

    @Test
    void theTokenAndItsHashAreNeverTheSame() {
        String token = org.peersupport.portal.shared.security.SecretToken.newToken();
        assertThat(org.peersupport.portal.shared.security.SecretToken.wellFormed(token)).isTrue();
        assertThat(org.peersupport.portal.shared.security.SecretToken.hash(token)).hasSize(64).isNotEqualTo(token);
    }
}
