package org.peersupport.portal.safety.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.shared.web.Bundle;

/** How the safety report's figures read in one language: texts, waits, counts, minutes and weeks. */
final class ReportWording {

    static final String NONE = "—";

    private final Locale locale;

    ReportWording(Locale locale) {
        this.locale = locale;
    }

    String text(String key, Object... arguments) {
        return Bundle.text(locale, key, arguments);
    }

    /** A wait as people read it: "45 s", "4 min 30 s", "1 h 5 min"; "—" when there is none. */
    String duration(Optional<Duration> wait) {
        if (wait.isEmpty()) {
            return NONE;
        }
        long seconds = wait.get().toSeconds();
        if (seconds < 60) {
            return text("report.duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return seconds % 60 == 0 ? text("report.duration.minutes", seconds / 60)
                    : text("report.duration.minutesSeconds", seconds / 60, seconds % 60);
        }
        return text("report.duration.hoursMinutes", seconds / 3600, seconds % 3600 / 60);
    }

    /** The Monday a week starts on, short ("3 Mar"). */
    String week(LocalDate monday) {
        return DateTimeFormatter.ofPattern("d MMM", locale).format(monday);
    }

    String count(double value) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(value));
    }

    /** Minutes with at most one decimal, as the times chart labels them. */
    String minutesFigure(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static double minutes(Duration duration) {
        return duration.toMillis() / 60_000.0;
    }
}
