package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a facilitator may save: sensible lengths, deadlines before the start, a place to go to. */
class WorkshopDetailsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private static final LocalDateTime START = LocalDateTime.of(2027, 5, 4, 10, 0);

    private static WorkshopDetails online(LocalDateTime end, LocalDateTime signUpBy, String link) {
        return new WorkshopDetails("Grounding", "Five senses.", WorkshopTopic.MINDFULNESS, Locale.ENGLISH, START, end,
                ZoneId.of("Europe/London"), 12, AttendanceMode.ONLINE, null, link, signUpBy, START.minusDays(1), 24 * 60, null);
    }

    private Set<String> broken(WorkshopDetails details) {
        return validator.validate(details).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void aCompleteWorkshopIsValid() {
        assertThat(broken(online(START.plusHours(1), START, "https://video.example/room"))).isEmpty();
    }

    @Test
    void itEndsAfterItStartsAndLastsFifteenMinutesToTwelveHours() {
        assertThat(broken(online(START.minusMinutes(30), START, "https://video.example/room"))).containsExactly("lengthSensible");
        assertThat(broken(online(START.plusMinutes(10), START, "https://video.example/room"))).containsExactly("lengthSensible");
        assertThat(broken(online(START.plusHours(13), START, "https://video.example/room"))).containsExactly("lengthSensible");
    }

    @Test
    void deadlinesAreAtOrBeforeTheStart() {
        assertThat(broken(online(START.plusHours(1), START.plusMinutes(1), "https://video.example/room")))
                .containsExactly("deadlinesBeforeStart");
    }

    @Test
    void onlineNeedsAWebLinkAndInPersonAnAddress() {
        assertThat(broken(online(START.plusHours(1), START, null))).containsExactly("placeGiven");
        assertThat(broken(online(START.plusHours(1), START, "javascript:alert(1)"))).containsExactly("placeGiven");
        assertThat(broken(online(START.plusHours(1), START, "video.example/room"))).as("no scheme").containsExactly("placeGiven");
        WorkshopDetails inPerson = new WorkshopDetails("Tea and talk", "Bring a mug.", WorkshopTopic.COPING_SKILLS, Locale.ENGLISH, START,
                START.plusHours(1), ZoneId.of("Europe/London"), 8, AttendanceMode.IN_PERSON, " ", null, START, START, 60, null);
        assertThat(broken(inPerson)).containsExactly("placeGiven");
    }

    @Test
    void onlyHttpAndHttpsAddressesWithAHostAreLinks() {
        assertThat(WorkshopDetails.webLink(" https://video.example/a?b=c ")).contains("https://video.example/a?b=c");
        assertThat(WorkshopDetails.webLink("HTTP://video.example")).isPresent();
        assertThat(WorkshopDetails.webLink("ftp://video.example")).isEmpty();
        assertThat(WorkshopDetails.webLink("https://")).isEmpty();
        assertThat(WorkshopDetails.webLink("not a link at all")).isEmpty();
    }
}
