package org.peersupport.portal.curriculum.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.curriculum.cohort.WeeklyRule;

/** Our RFC 5545 output read back by ical4j: UIDs, zones, SEQUENCE and STATUS, DST, escaping and folding. */
class ICalendarWriterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    @Test
    void twoCohortsInTwoZonesGiveOneEventPerSessionWithStableUidsAndAVTimezoneForEachZone() throws Exception {
        List<CalendarEntry> entries = new ArrayList<>();
        entries.addAll(series(1, 10, "Tuesday evenings, London", LONDON, DayOfWeek.TUESDAY, LocalDate.of(2026, 10, 1), 3));
        entries.addAll(series(2, 20, "Thursday mornings, New York", NEW_YORK, DayOfWeek.THURSDAY, LocalDate.of(2026, 10, 1), 2));

        String ics = SessionEvents.ics("My sessions", entries, Locale.ENGLISH, LONDON, "https://portal.example", NOW);
        Calendar calendar = parse(ics);

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(5);
        assertThat(events).extracting(e -> value(e, Property.UID))
                .containsExactly("cohort-session-100@peersupport.portal", "cohort-session-101@peersupport.portal",
                        "cohort-session-102@peersupport.portal", "cohort-session-200@peersupport.portal",
                        "cohort-session-201@peersupport.portal");
        assertThat(events).extracting(e -> e.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID)
                .orElseThrow().getValue()).containsExactly("Europe/London", "Europe/London", "Europe/London",
                        "America/New_York", "America/New_York");
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).extracting(z -> value(z, Property.TZID)).containsExactlyInAnyOrder("Europe/London", "America/New_York");
        assertThat(events).allSatisfy(e -> {
            assertThat(value(e, Property.DTSTAMP)).isEqualTo("20260901T100000Z");
            assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED");
            assertThat(value(e, Property.SEQUENCE)).isEqualTo("0");
            assertThat(value(e, Property.LOCATION)).startsWith("https://video.example/");
        });
        assertThat(value(events.get(0), Property.SUMMARY)).isEqualTo("Session 1: Title 1 · Tuesday evenings, London");
        assertThat(value(events.get(0), Property.DESCRIPTION)).isEqualTo("Topic 1");
        assertThat(value(events.get(3), Property.URL)).isEqualTo("https://portal.example/programmes/cohort.xhtml?id=20");
        assertThat(value(events.get(3), Property.DTSTART)).isEqualTo("20261001T180000");
        assertThat(resolve(calendar, events.get(3), Property.DTSTART))
                .isEqualTo(ZonedDateTime.of(2026, 10, 1, 18, 0, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void aCalendarWithNoSessionsStillHoldsAComponentTheReadersTimeZone() throws Exception {
        ZoneId madrid = ZoneId.of("Europe/Madrid");

        Calendar calendar = parse(SessionEvents.ics("Mis sesiones", List.of(), Locale.forLanguageTag("es"), madrid,
                "https://p.example", NOW));

        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).as("RFC 5545: at least one component").hasSize(1);
        assertThat(value(zones.get(0), Property.TZID)).isEqualTo("Europe/Madrid");
        assertThat(zones.get(0).getObservances()).extracting(o -> o.getProperty(Property.TZOFFSETTO).orElseThrow().getValue())
                .as("summer time now, winter time within the year").contains("+0200", "+0100");
    }

    @Test
    void aMovedSessionHasAHigherSequenceAndACancelledOneIsCancelled() throws Exception {
        List<CalendarEntry> entries = new ArrayList<>(series(1, 10, "Group", LONDON, DayOfWeek.TUESDAY, LocalDate.of(2026, 10, 1), 3));
        CalendarEntry moved = entries.get(1);
        Instant newStart = moved.startsAt().plus(Duration.ofDays(1));
        entries.set(1, copy(moved, newStart, false, moved.sequence() + 1));
        CalendarEntry cancelled = entries.get(2);
        entries.set(2, copy(cancelled, cancelled.startsAt(), true, cancelled.sequence() + 1));

        List<VEvent> events = parse(SessionEvents.ics("Mine", entries, Locale.ENGLISH, LONDON, "https://p.example", NOW))
                .getComponents(Component.VEVENT);

        assertThat(value(events.get(0), Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(events.get(1), Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(events.get(1), Property.DTSTART)).isEqualTo(LOCAL.format(LocalDateTime.ofInstant(newStart, LONDON)));
        assertThat(value(events.get(1), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(events.get(2), Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(events.get(2), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(events.get(2), Property.SUMMARY)).startsWith("Cancelled: Session 3");
    }

    @Test
    void aWeeklyLondonSeriesAcrossBothDstChangesStaysAtSixInTheEveningWhenResolvedThroughTheVTimezone() throws Exception {
        // Tuesdays from early March to mid-November 2026: BST starts 29 March, ends 25 October.
        List<CalendarEntry> entries = series(1, 10, "Across DST", LONDON, DayOfWeek.TUESDAY, LocalDate.of(2026, 3, 3), 38);
        Calendar calendar = parse(SessionEvents.ics("Mine", entries, Locale.ENGLISH, LONDON, "https://p.example", NOW));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);

        assertThat(events).hasSize(38);
        for (int i = 0; i < events.size(); i++) {
            Instant expected = entries.get(i).startsAt();
            assertThat(value(events.get(i), Property.DTSTART)).endsWith("T180000");
            assertThat(resolve(calendar, events.get(i), Property.DTSTART)).as("session %d", i + 1).isEqualTo(expected);
            assertThat(resolve(calendar, events.get(i), Property.DTEND)).isEqualTo(entries.get(i).endsAt());
        }
        // Around each change: the last winter and first summer Tuesday, the last summer and first winter one.
        assertThat(resolve(calendar, byDate(events, "20260324"), Property.DTSTART)).isEqualTo(Instant.parse("2026-03-24T18:00:00Z"));
        assertThat(resolve(calendar, byDate(events, "20260331"), Property.DTSTART)).isEqualTo(Instant.parse("2026-03-31T17:00:00Z"));
        assertThat(resolve(calendar, byDate(events, "20261020"), Property.DTSTART)).isEqualTo(Instant.parse("2026-10-20T17:00:00Z"));
        assertThat(resolve(calendar, byDate(events, "20261027"), Property.DTSTART)).isEqualTo(Instant.parse("2026-10-27T18:00:00Z"));
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedAt75OctetsWithoutSplittingCharacters() throws Exception {
        String title = "Señales, pensamientos; y emociones \\ «ñandú» — a very long title, with commas; semicolons and über-long words ✓ 😊";
        String topic = "Line one,\nline two; with a backslash \\ and ünïcödé";
        CalendarEntry entry = new CalendarEntry(7, 3, "Grupo de los martes, Madrid", 1, title, topic,
                Instant.parse("2026-10-06T16:00:00Z"), Instant.parse("2026-10-06T17:30:00Z"), ZoneId.of("Europe/Madrid"), false, 0,
                false, Optional.of("Sala 2, planta 1; entrada por la calle Mayor"));

        String ics = SessionEvents.ics("Mis sesiones", List.of(entry), Locale.forLanguageTag("es"), LONDON, "https://p.example", NOW);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(ics).contains("SUMMARY:Sesión 1: Señales\\, pensamientos\\; y emociones \\\\ «ñandú»");
        VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Sesión 1: " + title + " · Grupo de los martes, Madrid");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(topic);
        assertThat(value(event, Property.LOCATION)).isEqualTo("Sala 2, planta 1; entrada por la calle Mayor");
    }

    @Test
    void noLocationLineWhenTheReaderMayNotSeeIt() throws Exception {
        CalendarEntry entry = new CalendarEntry(7, 3, "Group", 1, "Title", "Topic", Instant.parse("2026-10-06T16:00:00Z"),
                Instant.parse("2026-10-06T17:30:00Z"), LONDON, false, 0, false, Optional.empty());
        String ics = SessionEvents.ics("Mine", List.of(entry), Locale.ENGLISH, LONDON, "https://p.example", NOW);
        assertThat(ics).doesNotContain("LOCATION");
        assertThat(parse(ics).getComponents(Component.VEVENT)).hasSize(1);
    }

    private static List<CalendarEntry> series(int firstNumberBase, long cohortId, String cohortName, ZoneId zone, DayOfWeek day,
            LocalDate from, int count) {
        List<Instant> starts = new WeeklyRule(day, LocalTime.of(18, 0), from, 90).starts(count, zone);
        List<CalendarEntry> entries = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            entries.add(new CalendarEntry(cohortId * 10 + i, cohortId, cohortName, i + 1, "Title " + (i + 1), "Topic " + (i + 1),
                    starts.get(i), starts.get(i).plus(Duration.ofMinutes(90)), zone, false, 0, false,
                    Optional.of("https://video.example/" + cohortId)));
        }
        return entries;
    }

    private static CalendarEntry copy(CalendarEntry e, Instant start, boolean cancelled, int sequence) {
        return new CalendarEntry(e.sessionId(), e.cohortId(), e.cohortName(), e.number(), e.title(), e.topic(), start,
                start.plus(Duration.between(e.startsAt(), e.endsAt())), e.zone(), cancelled, sequence, e.facilitating(), e.location());
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static VEvent byDate(List<VEvent> events, String date) {
        return events.stream().filter(e -> value(e, Property.DTSTART).startsWith(date)).findFirst().orElseThrow();
    }

    /** The instant of a DTSTART/DTEND worked out only from the calendar's own VTIMEZONE, as a client without tz data would. */
    private static Instant resolve(Calendar calendar, VEvent event, String property) {
        Property time = event.getProperty(property).orElseThrow();
        String tzid = time.getParameter(Parameter.TZID).orElseThrow().getValue();
        VTimeZone zone = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .filter(z -> tzid.equals(value(z, Property.TZID))).findFirst().orElseThrow();
        LocalDateTime local = LocalDateTime.parse(time.getValue(), LOCAL);
        // ical4j's java.util.TimeZone built from the VTIMEZONE alone: the offset at a first guess, then at the answer.
        net.fortuna.ical4j.model.TimeZone rules = new net.fortuna.ical4j.model.TimeZone(zone);
        int guess = rules.getOffset(local.toInstant(ZoneOffset.UTC).toEpochMilli());
        int settled = rules.getOffset(local.toInstant(ZoneOffset.ofTotalSeconds(guess / 1000)).toEpochMilli());
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(settled / 1000);
        return local.toInstant(offset);
    }
}
