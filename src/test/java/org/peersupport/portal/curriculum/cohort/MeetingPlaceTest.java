package org.peersupport.portal.curriculum.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingPlaceTest {

    @Test
    void aVideoLinkAloneIsALinkWithNoWords() {
        MeetingPlace place = MeetingPlace.of("https://video.demo.test/cbt-tuesday");
        assertThat(place.link()).contains("https://video.demo.test/cbt-tuesday");
        assertThat(place.hasText()).isFalse();
    }

    @Test
    void aRoomIsPlainText() {
        MeetingPlace place = MeetingPlace.of("  Room 2, Community Centre ");
        assertThat(place.link()).isEmpty();
        assertThat(place.text()).isEqualTo("Room 2, Community Centre");
    }

    @Test
    void wordsAroundTheLinkAreKeptWithoutTheSentencesPunctuation() {
        MeetingPlace place = MeetingPlace.of("Online: https://meet.example.org/abc?pwd=1#x. Room 4 if it fails");
        assertThat(place.link()).contains("https://meet.example.org/abc?pwd=1#x");
        assertThat(place.text()).isEqualTo("Online: Room 4 if it fails");
        MeetingPlace bracketed = MeetingPlace.of("Room 4 (HTTPS://Meet.Example.org/room), first floor");
        assertThat(bracketed.link()).contains("HTTPS://Meet.Example.org/room");
        assertThat(bracketed.text()).isEqualTo("Room 4, first floor");
        assertThat(MeetingPlace.of("Room 4 — https://meet.example.org/x").text()).isEqualTo("Room 4");
    }

    @Test
    void onlyWebAddressesWithAHostBecomeLinks() {
        assertThat(MeetingPlace.of("javascript:alert(1)").link()).isEmpty();
        assertThat(MeetingPlace.of("ftp://files.example.org/x").link()).isEmpty();
        assertThat(MeetingPlace.of("http:///no-host").link()).isEmpty();
        assertThat(MeetingPlace.of("https://someone@evil.example/x").link()).as("no user part that hides the host").isEmpty();
        assertThat(MeetingPlace.of("data:text/html,https://x.example").link()).contains("https://x.example");
        assertThat(MeetingPlace.of("https://bad host/").link()).contains("https://bad");
        assertThat(MeetingPlace.of(null)).isEqualTo(new MeetingPlace("", Optional.empty()));
    }
}
