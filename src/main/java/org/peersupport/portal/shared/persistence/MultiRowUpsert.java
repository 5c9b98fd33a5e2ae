package org.peersupport.portal.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.function.Function;

/**
 * Many rows in one {@code INSERT ... VALUES (...), (...) ON DUPLICATE KEY UPDATE} statement (a
 * chunk of {@link #ROWS_PER_STATEMENT} at most): MariaDB applies the rows one after another, so the
 * result is that of one statement per row, in the order given. For {@link WriteBehind}'s owners.
 */
public final class MultiRowUpsert {

    static final int ROWS_PER_STATEMENT = 500;

    private MultiRowUpsert() {}

    /**
     * @param insert      up to VALUES, e.g. {@code "INSERT INTO t (a, b, c) VALUES "}
     * @param row         one row with a {@code ?} for each value, e.g. {@code "(?, 1, ?)"}
     * @param onDuplicate the rest, e.g. {@code " ON DUPLICATE KEY UPDATE c = GREATEST(c, VALUES(c))"}
     * @param values      a row's values, one for each {@code ?} of {@code row}, in order
     */
    public static <T> void write(EntityManager em, List<T> rows, String insert, String row, String onDuplicate,
            Function<T, List<Object>> values) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(insert);
            int parameter = 0;
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ");
                for (char c : row.toCharArray()) {
                    sql.append(c);
                    if (c == '?') {
                        sql.append(++parameter);
                    }
                }
            }
            Query query = em.createNativeQuery(sql.append(onDuplicate).toString());
            parameter = 0;
            for (T each : chunk) {
                for (Object value : values.apply(each)) {
                    query.setParameter(++parameter, value);
                }
            }
            query.executeUpdate();
        }
    }
}
