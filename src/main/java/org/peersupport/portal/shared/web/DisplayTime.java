package org.peersupport.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Formats instants in the member's own time zone and language ({@code #{displayTime.dateTime(x)}}). */
@Named
@RequestScoped
public class DisplayTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    @Inject
    private HttpServletRequest request;

    @Inject
    private Viewer currentMember;

    @Inject
    private LocaleSelection localeSelection;

    private ZoneId zone;
    private final Map<DateTimeFormatter, DateTimeFormatter> localized = new HashMap<>();

    public String dateTime(Instant instant) {
        return format(instant, DATE_TIME);
    }

    /** The same format outside a page request (the chat socket formats for each reader). */
    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return DATE_TIME.withLocale(locale).withZone(zone).format(instant);
    }

    /** The time alone for an instant earlier today in the member's zone, otherwise date and time. */
    public String recent(Instant instant) {
        if (instant != null && LocalDate.ofInstant(instant, getZone()).equals(LocalDate.now(getZone()))) {
            return format(instant, TIME);
        }
        return dateTime(instant);
    }

    public String date(Instant instant) {
        return format(instant, DATE);
    }

    /** The zone times are shown in, for labels such as "times in Europe/Madrid". */
    public ZoneId getZone() {
        if (zone == null) {
            zone = request.getUserPrincipal() != null ? currentMember.getTimeZone() : ZoneOffset.UTC;
        }
        return zone;
    }

    private String format(Instant instant, DateTimeFormatter style) {
        if (instant == null) {
            return "";
        }
        return inViewersZoneAndLanguage(style).format(instant);
    }

    /** Made once per style and request: a page of posts formats a time for each (issue 20's profiles). */
    private DateTimeFormatter inViewersZoneAndLanguage(DateTimeFormatter style) {
        return localized.computeIfAbsent(style, s -> s.withLocale(localeSelection.getLocale()).withZone(getZone()));
    }
}
