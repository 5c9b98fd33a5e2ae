package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.workshop.web.WorkshopEventJson;

class WorkshopEventJsonTest {

    private static final String PAGE = "https://portal.example/workshops/workshop.xhtml?id=7";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anInPersonWorkshopIsAnOfflineEventAtItsPlaceWithItsOwnOffset() throws Exception {
        JsonNode event = parse(card("Getting through evenings", AttendanceMode.IN_PERSON, Optional.of("Community Room, 12 Harbour Street"),
                WorkshopStatus.PUBLISHED, false, 3, 0));
        assertThat(event.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(event.get("@type").asText()).isEqualTo("Event");
        assertThat(event.get("name").asText()).isEqualTo("Getting through evenings");
        assertThat(event.get("startDate").asText()).as("Madrid in winter is an hour ahead of UTC").isEqualTo("2026-12-09T19:00:00+01:00");
        assertThat(event.get("endDate").asText()).isEqualTo("2026-12-09T20:30:00+01:00");
        assertThat(event.get("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(event.get("eventAttendanceMode").asText()).isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(event.get("location").get("@type").asText()).isEqualTo("Place");
        assertThat(event.get("location").get("address").asText()).isEqualTo("Community Room, 12 Harbour Street");
        assertThat(event.get("organizer").get("name").asText()).isEqualTo("Sam Host");
        assertThat(event.get("remainingAttendeeCapacity").asInt()).isZero();
        assertThat(event.get("offers").get("availability").asText()).isEqualTo("https://schema.org/SoldOut");
        assertThat(event.get("inLanguage").asText()).isEqualTo("es");
    }

    @Test
    void anOnlineWorkshopIsAVirtualLocationAtItsPageNeverItsVideoLink() throws Exception {
        JsonNode event = parse(card("Mindful mornings", AttendanceMode.ONLINE, Optional.empty(), WorkshopStatus.PUBLISHED, false, 12, 5));
        assertThat(event.get("eventAttendanceMode").asText()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(event.get("location").get("@type").asText()).isEqualTo("VirtualLocation");
        assertThat(event.get("location").get("url").asText()).isEqualTo(PAGE);
        assertThat(event.get("remainingAttendeeCapacity").asInt()).isEqualTo(5);
        assertThat(event.get("offers").get("availability").asText()).isEqualTo("https://schema.org/InStock");
    }

    @Test
    void cancelledAndMovedWorkshopsSaySo() throws Exception {
        assertThat(parse(card("A", AttendanceMode.ONLINE, Optional.empty(), WorkshopStatus.CANCELLED, false, 5, 5))
                .get("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
        assertThat(parse(card("A", AttendanceMode.ONLINE, Optional.empty(), WorkshopStatus.PUBLISHED, true, 5, 5))
                .get("eventStatus").asText()).isEqualTo("https://schema.org/EventRescheduled");
    }

    @Test
    void textThatCouldCloseTheScriptElementIsEscapedAndStillReadsTheSame() throws Exception {
        String title = "</script><script>alert(1)</script> & \"quotes\" \\ \u2028 tab\t";
        String json = WorkshopEventJson.of(card(title, AttendanceMode.IN_PERSON, Optional.of("<b>Room</b>"), WorkshopStatus.PUBLISHED,
                false, 3, 1), PAGE);
        assertThat(json).doesNotContain("<", ">", "&", "\u2028").contains("\\u003c/script\\u003e");
        JsonNode event = JSON.readTree(json);
        assertThat(event.get("name").asText()).isEqualTo(title);
        assertThat(event.get("location").get("name").asText()).isEqualTo("<b>Room</b>");
    }

    private static JsonNode parse(WorkshopCard card) throws Exception {
        return JSON.readTree(WorkshopEventJson.of(card, PAGE));
    }

    private static WorkshopCard card(String title, AttendanceMode mode, Optional<String> location, WorkshopStatus status, boolean postponed,
            int capacity, int seatsLeft) {
        Instant start = Instant.parse("2026-12-09T18:00:00Z");
        return new WorkshopCard(7, title, "Coping skills for the evening hours.", WorkshopTopic.COPING_SKILLS, Locale.forLanguageTag("es"),
                mode, start, start.plusSeconds(90 * 60), ZoneId.of("Europe/Madrid"), location, capacity, seatsLeft, 2, "Sam Host", status,
                postponed, start.minusSeconds(3600), start.minusSeconds(86400), Optional.empty());
    }
}
