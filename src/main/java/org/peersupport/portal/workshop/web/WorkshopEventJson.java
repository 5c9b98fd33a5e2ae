package org.peersupport.portal.workshop.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.workshop.WorkshopCard;

/**
 * A workshop as schema.org {@code Event} data (JSON-LD) for search engines and calendars: only what
 * the public page shows. The video link never goes in; an online workshop's location is its page.
 * The text is safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are written
 * as \\u escapes, so no title can close the element.
 */
public final class WorkshopEventJson {

    private WorkshopEventJson() {}

    /** The JSON-LD for one workshop; {@code pageUrl} is the workshop page's public address. */
    public static String of(WorkshopCard card, String pageUrl) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("name", card.title());
        event.put("description", card.description());
        event.put("url", pageUrl);
        event.put("startDate", offset(card, card.startsAt()));
        event.put("endDate", offset(card, card.endsAt()));
        event.put("eventStatus", "https://schema.org/" + status(card));
        event.put("inLanguage", card.language().toLanguageTag());
        if (card.isOnline()) {
            event.put("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode");
            event.put("location", object("@type", "VirtualLocation", "url", pageUrl));
        } else {
            event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
            String place = card.location().orElse("");
            event.put("location", object("@type", "Place", "name", place, "address", place));
        }
        event.put("isAccessibleForFree", true);
        event.put("organizer", object("@type", "Person", "name", card.hostName()));
        event.put("maximumAttendeeCapacity", card.capacity());
        event.put("remainingAttendeeCapacity", card.seatsLeft());
        Map<String, Object> offer = object("@type", "Offer", "url", pageUrl, "price", "0",
                "availability", "https://schema.org/" + (card.isFull() || card.isCancelled() ? "SoldOut" : "InStock"));
        offer.put("validThrough", offset(card, card.signUpDeadline()));
        event.put("offers", offer);
        StringBuilder json = new StringBuilder();
        write(event, json);
        return json.toString();
    }

    static String status(WorkshopCard card) {
        if (card.isCancelled()) {
            return "EventCancelled";
        }
        // schema.org's advice: a moved event is EventRescheduled once it has its new date; we have it.
        return card.postponed() ? "EventRescheduled" : "EventScheduled";
    }

    /** ISO 8601 with the workshop's own offset, e.g. 2026-12-09T09:30:00Z or 2026-12-09T19:00:00+01:00. */
    private static String offset(WorkshopCard card, java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, card.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(entry.getKey().toString(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(String.valueOf(value), out);
        }
    }

    /** A JSON string; besides what JSON requires, the characters HTML or a script parser could misread. */
    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
