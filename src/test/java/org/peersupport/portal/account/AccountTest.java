package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-23T10:15:30Z");

    @Test
    void aNewAccountIsAMemberWithItsConsentRecorded() {
        Account account = new Account("  Ana@Example.ORG ", "hash", " Quiet Harbor ", ZoneId.of("Europe/Madrid"),
                Locale.forLanguageTag("es"), ConsentVersions.CURRENT, now);
        assertThat(account.getEmail()).isEqualTo("ana@example.org");
        assertThat(account.getDisplayName()).isEqualTo("Quiet Harbor");
        assertThat(account.getRoles()).containsExactly(Role.MEMBER);
        assertThat(account.getGuidelinesVersion()).isEqualTo(ConsentVersions.CURRENT.guidelines());
        assertThat(account.getGuidelinesAcceptedAt()).isEqualTo(now);
        assertThat(account.getPrivacyVersion()).isEqualTo(ConsentVersions.CURRENT.privacy());
        assertThat(account.getTimeZone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(account.getLanguage().getLanguage()).isEqualTo("es");
    }

    @Test
    void rolesAreGrantedAndRemovedOnceEach() {
        Account account = new Account("a@example.org", "hash", "Someone", ZoneId.of("UTC"), Locale.ENGLISH,
                ConsentVersions.CURRENT, now);
        assertThat(account.grant(Role.MENTOR)).isTrue();
        assertThat(account.grant(Role.MENTOR)).as("already held").isFalse();
        assertThat(account.holds(Role.MENTOR)).isTrue();
        assertThat(account.revoke(Role.MENTOR)).isTrue();
        assertThat(account.revoke(Role.MENTOR)).as("no longer held").isFalse();
        assertThat(account.getRoles()).containsExactly(Role.MEMBER);
    }
}
