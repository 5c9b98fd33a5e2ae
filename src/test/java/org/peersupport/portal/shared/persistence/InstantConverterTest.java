package org.peersupport.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void storesUtcWallTimeWhateverTheJvmTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            // 02:30 on this day does not exist in Madrid (DST starts); UTC wall time must survive it.
            Instant instant = Instant.parse("2026-03-29T02:30:00.123Z");
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Madrid"));
            LocalDateTime stored = converter.convertToDatabaseColumn(instant);
            assertThat(stored).isEqualTo(LocalDateTime.parse("2026-03-29T02:30:00.123"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
