package org.peersupport.portal.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * JPA 3.1 (EclipseLink 4) has no mapping for Instant. We store UTC wall time in DATETIME columns
 * as LocalDateTime, so neither the JVM's nor the database's time zone can shift a stored instant
 * (java.sql.Timestamp would, for wall times inside the JVM zone's DST gap).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }

    /**
     * A DATETIME(3) value read past this converter (a native query, or a JPQL aggregate such as
     * MAX, which the converter does not see): the stored UTC wall time as the instant it is.
     */
    public static Instant fromStored(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        LocalDateTime wallTime = column instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) column;
        return wallTime.toInstant(ZoneOffset.UTC);
    }
}
