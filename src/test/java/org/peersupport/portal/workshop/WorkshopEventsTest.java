package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.shared.calendar.IcsEvent;
import org.peersupport.portal.shared.calendar.PersonalEvent;

/**
 * A registration's .ics file, built from real Workshop and WorkshopRegistration objects and read
 * back by ical4j: VTIMEZONE and TZID, a stable UID, SEQUENCE rising with each change and
 * cancellation, STATUS, the video link only for a confirmed seat, escaping and folding.
 */
class WorkshopEventsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
    private static final String BASE = "https://portal.example";
    private static final String LINK = "https://video.example/mindful";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    // 9:30 in London on 27 October 2026 (winter time again, two days after the clocks went back).
    private static final LocalDateTime START = LocalDateTime.of(2026, 10, 27, 9, 30);

    @Test
    void aConfirmedSeatIsOneConfirmedEventInTheWorkshopsZoneWithItsVTimezoneUidPageAndVideoLink() throws Exception {
        Workshop workshop = workshop(42, "Mindful mornings: ten calm minutes", "Short practices.", START, AttendanceMode.ONLINE, null, LINK);
        WorkshopRegistration seat = confirmed(workshop);

        Calendar calendar = parse(file(workshop, seat, Locale.ENGLISH));

        VEvent event = only(calendar);
        assertThat(value(event, Property.UID)).isEqualTo("workshop-42@peersupport.portal");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo(String.valueOf(workshop.getSequence() + seat.getSequence()));
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Workshop: Mindful mornings: ten calm minutes");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Short practices.");
        assertThat(value(event, Property.URL)).isEqualTo(BASE + "/workshops/workshop.xhtml?id=42");
        assertThat(value(event, Property.LOCATION)).isEqualTo(LINK);
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261001T080000Z");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/London");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20261027T093000");
        assertThat(value(event, Property.DTEND)).isEqualTo("20261027T103000");
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).extracting(z -> value(z, Property.TZID))
                .containsExactly("Europe/London");
        assertThat(resolve(calendar, event, Property.DTSTART)).as("read through the file's own VTIMEZONE")
                .isEqualTo(ZonedDateTime.of(START, LONDON).toInstant()).isEqualTo(Instant.parse("2026-10-27T09:30:00Z"));
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
    }

    @Test
    void aPostponementAndThenACancellationEachRaiseTheSequenceUnderTheSameUid() throws Exception {
        Workshop workshop = workshop(7, "Getting through difficult evenings", "Tea and coping skills.", START,
                AttendanceMode.IN_PERSON, "Community Room, 12 Harbour Street, London", null);
        WorkshopRegistration seat = confirmed(workshop);
        VEvent before = only(parse(file(workshop, seat, Locale.ENGLISH)));

        LocalDateTime later = START.plusDays(7).withHour(18);
        workshop.postpone(details("Getting through difficult evenings", "Tea and coping skills.", later, AttendanceMode.IN_PERSON,
                "Community Room, 12 Harbour Street, London", null), NOW);
        VEvent moved = only(parse(file(workshop, seat, Locale.ENGLISH)));

        workshop.cancel(NOW);
        Calendar cancelledFile = parse(file(workshop, seat, Locale.ENGLISH));
        VEvent cancelled = only(cancelledFile);

        assertThat(value(moved, Property.UID)).isEqualTo(value(before, Property.UID)).isEqualTo(value(cancelled, Property.UID))
                .isEqualTo("workshop-7@peersupport.portal");
        int first = Integer.parseInt(value(before, Property.SEQUENCE));
        int second = Integer.parseInt(value(moved, Property.SEQUENCE));
        int third = Integer.parseInt(value(cancelled, Property.SEQUENCE));
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(value(moved, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(moved, Property.DTSTART)).isEqualTo(LOCAL.format(later));
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.SUMMARY)).isEqualTo("Cancelled: Workshop: Getting through difficult evenings");
        assertThat(resolve(cancelledFile, cancelled, Property.DTSTART)).isEqualTo(ZonedDateTime.of(later, LONDON).toInstant());
        assertThat(value(cancelled, Property.LOCATION)).isEqualTo("Community Room, 12 Harbour Street, London");
    }

    @Test
    void theMembersOwnCancellationMakesTheFileCancelledWithAHigherSequence() throws Exception {
        Workshop workshop = workshop(9, "Mindful mornings", "Short practices.", START, AttendanceMode.ONLINE, null, LINK);
        WorkshopRegistration seat = confirmed(workshop);
        int held = Integer.parseInt(value(only(parse(file(workshop, seat, Locale.ENGLISH))), Property.SEQUENCE));

        seat.cancel(false, NOW);
        VEvent cancelled = only(parse(file(workshop, seat, Locale.ENGLISH)));

        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isGreaterThan(held);
        assertThat(value(cancelled, Property.LOCATION)).as("no video link without a seat").isNull();
        assertThat(value(cancelled, Property.UID)).isEqualTo("workshop-9@peersupport.portal");
    }

    @Test
    void anOfferedSeatIsTentativeSaysToConfirmAndCarriesNoVideoLinkYet() throws Exception {
        Workshop workshop = workshop(11, "Mindful mornings", "Short practices.", START, AttendanceMode.ONLINE, null, LINK);
        WorkshopRegistration offer = new WorkshopRegistration(11, 5, NOW);
        offer.waitlist(1, NOW);
        offer.offer(NOW.plusSeconds(3600), NOW);
        WorkshopCalendarEntry entry = WorkshopCalendarEntry.of(workshop, offer);

        VEvent event = only(parse(WorkshopEvents.ics(entry, Locale.ENGLISH, LONDON, BASE, NOW)));

        assertThat(value(event, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Seat offered, confirm it on the workshop page: Mindful mornings");
        assertThat(value(event, Property.LOCATION)).isNull();
        PersonalEvent personal = WorkshopEvents.personal(entry, Locale.ENGLISH);
        assertThat(personal.category()).isEqualTo("workshop");
        assertThat(personal.path()).isEqualTo("/workshops/workshop.xhtml?id=11");
        assertThat(personal.status()).isEqualTo(IcsEvent.Status.TENTATIVE);
        assertThat(personal.cancelled()).isFalse();
    }

    @Test
    void commasSemicolonsBackslashesAndNewlinesAreEscapedAndLongLinesFoldedAt75OctetsInSpanish() throws Exception {
        String title = "Relaciones sanas: poner límites, con cariño; sin culpa \\ «ñandú» — un título muy largo que sigue y sigue 😊";
        String description = "Primera línea, con coma;\nsegunda línea con ünïcödé y más texto para que la línea pase de setenta y cinco octetos.";
        Workshop workshop = workshop(12, title, description, START, AttendanceMode.IN_PERSON, "Sala 2, planta 1; calle Mayor, 3", null,
                MADRID);
        WorkshopRegistration seat = confirmed(workshop);

        String ics = file(workshop, seat, Locale.forLanguageTag("es"));

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics.split("\r\n")).anySatisfy(line -> assertThat(line).startsWith(" ")).allSatisfy(line -> {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        });
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Taller: Relaciones sanas: poner límites\\, con cariño\\; sin culpa \\\\ «ñandú»");
        assertThat(unfolded).contains("DESCRIPTION:Primera línea\\, con coma\\;\\nsegunda");
        Calendar calendar = parse(ics);
        VEvent event = only(calendar);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Taller: " + title);
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(description);
        assertThat(value(event, Property.LOCATION)).isEqualTo("Sala 2, planta 1; calle Mayor, 3");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Taller: " + title);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/Madrid");
        assertThat(resolve(calendar, event, Property.DTSTART)).isEqualTo(ZonedDateTime.of(START, MADRID).toInstant());
    }

    private static String file(Workshop workshop, WorkshopRegistration registration, Locale locale) {
        return WorkshopEvents.ics(WorkshopCalendarEntry.of(workshop, registration), locale, LONDON, BASE, NOW);
    }

    private static Workshop workshop(long id, String title, String description, LocalDateTime start, AttendanceMode mode, String location,
            String link) throws Exception {
        return workshop(id, title, description, start, mode, location, link, LONDON);
    }

    private static Workshop workshop(long id, String title, String description, LocalDateTime start, AttendanceMode mode, String location,
            String link, ZoneId zone) throws Exception {
        Workshop workshop = new Workshop(details(title, description, start, mode, location, link, zone), 1, 1, NOW);
        workshop.publish(NOW);
        Field field = Workshop.class.getDeclaredField("id"); // as the database would give it
        field.setAccessible(true);
        field.set(workshop, id);
        return workshop;
    }

    private static WorkshopDetails details(String title, String description, LocalDateTime start, AttendanceMode mode, String location,
            String link) {
        return details(title, description, start, mode, location, link, LONDON);
    }

    private static WorkshopDetails details(String title, String description, LocalDateTime start, AttendanceMode mode, String location,
            String link, ZoneId zone) {
        return new WorkshopDetails(title, description, WorkshopTopic.MINDFULNESS, Locale.ENGLISH, start, start.plusMinutes(60), zone, 12,
                mode, location, link, start.minusHours(1), start.minusDays(1), WorkshopDetails.DEFAULT_OFFER_WINDOW_MINUTES, null);
    }

    private static WorkshopRegistration confirmed(Workshop workshop) {
        WorkshopRegistration registration = new WorkshopRegistration(workshop.getId(), 5, NOW);
        registration.confirm(NOW);
        return registration;
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent only(Calendar calendar) {
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSize(1);
        return calendar.<VEvent>getComponents(Component.VEVENT).get(0);
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    /** The instant of a DTSTART worked out only from the file's own VTIMEZONE, as a client without tz data would. */
    private static Instant resolve(Calendar calendar, VEvent event, String property) {
        Property time = event.getProperty(property).orElseThrow();
        String tzid = time.getParameter(Parameter.TZID).orElseThrow().getValue();
        VTimeZone zone = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .filter(z -> tzid.equals(value(z, Property.TZID))).findFirst().orElseThrow();
        LocalDateTime local = LocalDateTime.parse(time.getValue(), LOCAL);
        net.fortuna.ical4j.model.TimeZone rules = new net.fortuna.ical4j.model.TimeZone(zone);
        int guess = rules.getOffset(local.toInstant(ZoneOffset.UTC).toEpochMilli());
        int settled = rules.getOffset(local.toInstant(ZoneOffset.ofTotalSeconds(guess / 1000)).toEpochMilli());
        return local.toInstant(ZoneOffset.ofTotalSeconds(settled / 1000));
    }
}
