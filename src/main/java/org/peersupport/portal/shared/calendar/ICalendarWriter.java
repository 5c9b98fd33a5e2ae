package org.peersupport.portal.shared.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an RFC 5545 calendar: CRLF lines folded at 75 octets (never inside a UTF-8 character),
 * TEXT values escaped, times local to each event's zone with TZID, and a VTIMEZONE per zone built
 * from java.time's own rules (so nothing is looked up on the network).
 */
public final class ICalendarWriter {

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    private ICalendarWriter() {}

    /**
     * The whole VCALENDAR for these events; {@code stamp} is written as each DTSTAMP. With no events
     * it still holds the reader's VTIMEZONE, since RFC 5545 wants at least one component.
     */
    public static String write(String calendarName, List<IcsEvent> events, Instant stamp, ZoneId readerZone) {
        ICalendarWriter writer = new ICalendarWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Peer Support Portal//Calendar//EN");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:PUBLISH");
        writer.line("X-WR-CALNAME:" + text(calendarName));
        Map<ZoneId, List<IcsEvent>> byZone = new LinkedHashMap<>();
        events.forEach(e -> byZone.computeIfAbsent(e.zone(), z -> new ArrayList<>()).add(e));
        byZone.forEach((zone, inZone) -> writer.timeZone(zone, inZone.stream().map(IcsEvent::start).min(Comparator.naturalOrder()).orElseThrow(),
                inZone.stream().map(IcsEvent::end).max(Comparator.naturalOrder()).orElseThrow()));
        if (events.isEmpty()) {
            writer.timeZone(readerZone, stamp, stamp);
        }
        events.forEach(e -> writer.event(e, stamp));
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    private void event(IcsEvent e, Instant stamp) {
        line("BEGIN:VEVENT");
        line("UID:" + text(e.uid()));
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART;TZID=" + e.zone().getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(e.start(), e.zone())));
        line("DTEND;TZID=" + e.zone().getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(e.end(), e.zone())));
        line("SEQUENCE:" + e.sequence());
        line("STATUS:" + e.status().name());
        line("SUMMARY:" + text(e.summary()));
        if (e.description() != null && !e.description().isBlank()) {
            line("DESCRIPTION:" + text(e.description()));
        }
        if (e.url() != null) {
            line("URL:" + e.url().replaceAll("[\\r\\n]", ""));
        }
        e.location().filter(l -> !l.isBlank()).ifPresent(l -> line("LOCATION:" + text(l)));
        line("END:VEVENT");
    }

    /**
     * The zone's observances around its events: the one in force at the first start, and every
     * change up to a year after the last end (each a STANDARD or DAYLIGHT block with one DTSTART).
     */
    private void timeZone(ZoneId zone, Instant from, Instant lastEnd) {
        ZoneRules rules = zone.getRules();
        Instant to = lastEnd.plusSeconds(366L * 24 * 3600);
        line("BEGIN:VTIMEZONE");
        line("TZID:" + zone.getId());
        ZoneOffsetTransition previous = rules.previousTransition(from.plusSeconds(1));
        if (previous == null) {
            ZoneOffset offset = rules.getOffset(from);
            observance("STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        } else {
            transition(rules, previous);
        }
        for (ZoneOffsetTransition next = rules.nextTransition(from.plusSeconds(1)); next != null && next.getInstant().isBefore(to);
                next = rules.nextTransition(next.getInstant())) {
            transition(rules, next);
        }
        line("END:VTIMEZONE");
    }

    private void transition(ZoneRules rules, ZoneOffsetTransition t) {
        // DTSTART of an observance is the local time of the change in the offset it changes from.
        observance(rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD", t.getDateTimeBefore(),
                t.getOffsetBefore(), t.getOffsetAfter());
    }

    private void observance(String kind, LocalDateTime start, ZoneOffset fromOffset, ZoneOffset toOffset) {
        line("BEGIN:" + kind);
        line("DTSTART:" + LOCAL.format(start));
        line("TZOFFSETFROM:" + offset(fromOffset));
        line("TZOFFSETTO:" + offset(toOffset));
        line("END:" + kind);
    }

    /** UTC-OFFSET: +HHMM, with seconds only when there are some (old local mean times). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String value = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? value : value + String.format("%02d", abs % 60);
    }

    /** TEXT escaping: backslash, semicolon, comma and line breaks; other control characters dropped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Appends one content line, folded so that no physical line passes 75 octets. */
    private void line(String content) {
        out.append(fold(content)).append(CRLF);
    }

    static String fold(String content) {
        StringBuilder folded = new StringBuilder(content.length() + 8);
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
