package org.peersupport.portal.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The writer's small formatting rules: UTC offsets, folding at 75 octets, TEXT escaping. */
class ICalendarWriterFormatTest {

    @Test
    void offsetsAndFoldingHelpers() {
        assertThat(ICalendarWriter.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
        assertThat(ICalendarWriter.offset(ZoneOffset.ofHoursMinutesSeconds(0, -1, -15))).isEqualTo("-000115");
        assertThat(ICalendarWriter.fold("x".repeat(75))).isEqualTo("x".repeat(75));
        assertThat(ICalendarWriter.fold("x".repeat(76))).isEqualTo("x".repeat(75) + "\r\n x");
        assertThat(ICalendarWriter.fold("x".repeat(74) + "é")).isEqualTo("x".repeat(74) + "\r\n é");
    }

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaksAndDropsOtherControlCharacters() {
        assertThat(ICalendarWriter.text("a\\b;c,d\r\ne\rf\ng\u0007h\ti")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti");
        assertThat(ICalendarWriter.text(null)).isEmpty();
    }
}
