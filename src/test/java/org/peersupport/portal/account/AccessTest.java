package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one rule of who may act in a staff role, on its own and on one object ("theirs"). */
class AccessTest {

    private static Account holding(Role... roles) {
        Account account = new Account("a@example.org", "hash", "Someone", ZoneId.of("UTC"), Locale.ENGLISH,
                ConsentVersions.CURRENT, Instant.parse("2026-11-23T10:15:30Z"));
        for (Role role : roles) {
            account.grant(role);
        }
        return account;
    }

    @Test
    void theRoleOrAnAdminMayActInIt() {
        assertThat(Access.mayActAs(holding(Role.FACILITATOR), Role.FACILITATOR)).isTrue();
        assertThat(Access.mayActAs(holding(Role.ADMIN), Role.FACILITATOR)).as("an admin acts in every role").isTrue();
        assertThat(Access.mayActAs(holding(Role.MENTOR), Role.FACILITATOR)).isFalse();
        assertThat(Access.mayActAs(holding(), Role.ADMIN)).isFalse();
    }

    @Test
    void onOneObjectTheRoleActsOnlyOnWhatIsTheirsAndAnAdminOnEverything() {
        assertThat(Access.mayActAs(holding(Role.FACILITATOR), Role.FACILITATOR, true)).isTrue();
        assertThat(Access.mayActAs(holding(Role.FACILITATOR), Role.FACILITATOR, false)).as("someone else's").isFalse();
        assertThat(Access.mayActAs(holding(), Role.FACILITATOR, true)).as("theirs, but no longer in the role").isFalse();
        assertThat(Access.mayActAs(holding(Role.ADMIN), Role.FACILITATOR, false)).isTrue();
    }
}
