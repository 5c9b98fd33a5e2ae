package org.peersupport.portal.shared.export;

import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes the rows of one parameterised native query as a named JSON array of objects, the columns
 * named by {@code fields} in select order. Times are written as UTC instants (ISO 8601).
 */
public final class JsonRows {

    private JsonRows() {}

    /** Runs {@code sql} with the member's id for every {@code ?1} and writes its rows as array {@code name}. */
    public static void query(EntityManager em, JsonGenerator json, String name, String sql, long memberId, String... fields) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, memberId).getResultList();
        write(json, name, rows, fields);
    }

    /** Writes {@code rows} (Object[] per row, or a bare value for a one-column row) as array {@code name}. */
    public static void write(JsonGenerator json, String name, List<?> rows, String... fields) {
        json.writeStartArray(name);
        for (Object row : rows) {
            Object[] values = row instanceof Object[] array ? array : new Object[] {row};
            json.writeStartObject();
            for (int i = 0; i < fields.length; i++) {
                value(json, fields[i], values[i]);
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    /** One member of an object, typed as JSON types go: null, boolean, number or text. */
    public static void value(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof BigInteger b) {
            json.write(name, b);
        } else if (value instanceof BigDecimal b) {
            json.write(name, b);
        } else if (value instanceof Double || value instanceof Float) {
            json.write(name, ((Number) value).doubleValue());
        } else if (value instanceof Timestamp t) {
            json.write(name, t.toInstant().toString());
        } else if (value instanceof LocalDateTime t) {
            json.write(name, t.atZone(ZoneId.systemDefault()).toInstant().toString());
        } else if (value instanceof Instant || value instanceof LocalDate) {
            json.write(name, value.toString());
        } else {
            json.write(name, value.toString());
        }
    }
}
