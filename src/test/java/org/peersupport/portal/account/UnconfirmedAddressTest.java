package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnconfirmedAddressTest {

    private static final Instant SENT = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aLinkWorksFor48HoursAndNotAMomentLonger() {
        UnconfirmedAddress unconfirmed = new UnconfirmedAddress(7, "a".repeat(64), SENT);

        assertThat(unconfirmed.linkWorksAt(SENT)).isTrue();
        assertThat(unconfirmed.linkWorksAt(SENT.plus(Duration.ofHours(48)).minusMillis(1))).isTrue();
        assertThat(unconfirmed.linkWorksAt(SENT.plus(Duration.ofHours(48)))).isFalse();
        assertThat(unconfirmed.getExpiresAt()).isEqualTo(SENT.plus(UnconfirmedAddress.LINK_VALID_FOR));
    }

    @Test
    void aNewLinkStartsItsOwn48Hours() {
        UnconfirmedAddress unconfirmed = new UnconfirmedAddress(7, "a".repeat(64), SENT);
        Instant later = SENT.plus(Duration.ofDays(5));

        unconfirmed.newLink("b".repeat(64), later);

        assertThat(unconfirmed.linkWorksAt(later.plus(Duration.ofHours(47)))).isTrue();
        assertThat(unconfirmed.getExpiresAt()).isEqualTo(later.plus(Duration.ofHours(48)));
    }
}
