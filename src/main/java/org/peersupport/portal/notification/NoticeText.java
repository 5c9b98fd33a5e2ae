package org.peersupport.portal.notification;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a notice in one language and time zone: the same for the bell's page and the
 * e-mail. Texts live in i18n/messages (notice.KIND); parameters are plain values, translated here
 * (a role name) or formatted (an event's start, in the reader's zone).
 */
public final class NoticeText {

    private static final String BUNDLE = "i18n.messages";

    private NoticeText() {}

    public static String of(NotificationKind kind, List<String> params, Locale locale, ZoneId zone) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        Object[] arguments = switch (kind) {
            case ROLE_GRANTED -> new Object[] {bundle.getString("role." + params.get(0))};
            case MENTOR_APPLICATION_DECIDED -> new Object[] {bundle.getString("mentoring.decision." + params.get(0))};
            case FLAG_OUTCOME -> new Object[] {bundle.getString("flag.outcome." + params.get(0))};
            case MODERATOR_WARNING -> new Object[] {bundle.getString("sanction." + params.get(0)), params.get(1)};
            case CRISIS_ALERT, CRISIS_ESCALATED, LOOK_SOON_ALERT, LOOK_SOON_ESCALATED -> new Object[] {bundle.getString("crisis.severity." + params.get(0)),
                    Integer.valueOf(params.get(1))};
            case SESSION_REMINDER, WORKSHOP_REMINDER, ERASURE_REQUESTED -> new Object[] {eventTime(params.get(0), locale, zone)};
            case COHORT_SESSION_MOVED, COHORT_SESSION_CANCELLED -> new Object[] {eventTime(params.get(0), locale, zone), params.get(1)};
            case WORKSHOP_CHANGED, WORKSHOP_POSTPONED, WORKSHOP_CANCELLED -> new Object[] {params.get(0), eventTime(params.get(1), locale, zone)};
            case WAITLIST_PROMOTED -> params.size() < 2 ? new Object[0] : new Object[] {params.get(0), eventTime(params.get(1), locale, zone)};
            default -> params.toArray();
        };
        return new MessageFormat(bundle.getString(key(kind, params)), locale).format(arguments);
    }

    /**
     * The text's key. A forum notice (reply, quote, mention) names the topic ({0}) and the writer
     * ({1}); an anonymous writer (an empty name) is "someone", and a notice stored before names were
     * kept, with only the topic or nothing, has a text of its own.
     */
    static String key(NotificationKind kind, List<String> params) {
        String key = "notice." + kind.name();
        if (kind == NotificationKind.WAITLIST_PROMOTED && params.size() >= 2) {
            return key + ".offer"; // a workshop seat offered until a time; older notices had no words of their own
        }
        if (kind == NotificationKind.REPLY || kind == NotificationKind.QUOTED || kind == NotificationKind.MENTIONED) {
            if (params.isEmpty()) {
                return key + ".untitled";
            }
            if (params.size() < 2 || params.get(1).isBlank()) {
                return key + ".someone";
            }
        }
        return key;
    }

    public static String text(String key, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    static String eventTime(String isoInstant, Locale locale, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        return format.format(Instant.parse(isoInstant)) + " (" + zone.getId() + ")";
    }
}
