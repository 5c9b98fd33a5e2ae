package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules the settings' entities hold themselves: link expiry, renewal, touch interval, a rename. */
class AccountSettingsRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anEmailChangeLinkLasts48HoursAndNoLonger() {
        EmailChange change = new EmailChange(1L, " New@Example.ORG ", "hash", NOW);
        assertThat(change.getNewEmail()).isEqualTo("new@example.org");
        assertThat(change.isExpiredAt(NOW.plusSeconds(48 * 3600 - 1))).isFalse();
        assertThat(change.isExpiredAt(NOW.plusSeconds(48 * 3600))).isTrue();
    }

    @Test
    void aNewerRequestReplacesAddressTokenAndDeadline() {
        EmailChange change = new EmailChange(1L, "a@example.org", "first", NOW);
        change.renew("b@example.org", "second", NOW.plusSeconds(47 * 3600));
        assertThat(change.getNewEmail()).isEqualTo("b@example.org");
        assertThat(change.isExpiredAt(NOW.plusSeconds(50 * 3600))).isFalse();
    }

    @Test
    void aDeviceIsTouchedOnlyEveryFewMinutes() {
        SignedInDevice device = new SignedInDevice("k", 1L, "x".repeat(400), NOW);
        assertThat(device.needsTouchAt(NOW.plusSeconds(60))).isFalse();
        assertThat(device.needsTouchAt(NOW.plus(SignedInDevice.TOUCH_EVERY))).isTrue();
    }

    @Test
    void aRenameKeepsTheFormerNameAndAPasswordChangeRaisesNoStampByItself() {
        Account account = new Account("a@example.org", "hash", "Old Name", java.time.ZoneId.of("UTC"),
                java.util.Locale.ENGLISH, ConsentVersions.CURRENT, NOW);
        assertThat(account.rename("  New Name ")).isEqualTo("Old Name");
        assertThat(account.getDisplayName()).isEqualTo("New Name");
        account.changeEmail(" X@Example.org");
        assertThat(account.getEmail()).isEqualTo("x@example.org");
        SessionStamps before = account.getSessionStamps();
        account.endSessions();
        assertThat(before.endedBy(account.getSessionStamps())).isTrue();
    }
}
