package org.peersupport.portal.shared.export;

import jakarta.json.stream.JsonGenerator;

/**
 * A feature's share of a member's data export (GDPR art. 20). Each feature that holds something
 * about a member offers an application-scoped bean implementing this, next to its own service; the
 * export gathers every such bean, so it never depends on the features it exports.
 */
public interface PersonalDataSource {

    /** The file's name in the ZIP without ".json", e.g. "posts"; also the key of its heading (myData.kind.KIND). */
    String kind();

    /**
     * Writes the member's data of this kind as members of the JSON object already opened by the
     * caller (named arrays or values, see {@link JsonRows}). Only the member's own data: another
     * person's private text never. A fixed number of queries, whatever the amount.
     */
    void write(long memberId, JsonGenerator json);
}
