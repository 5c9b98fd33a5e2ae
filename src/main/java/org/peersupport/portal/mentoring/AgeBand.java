package org.peersupport.portal.mentoring;

/** A mentor's age, asked as a band rather than a birth date: enough for a preference, no more. */
public enum AgeBand {
    FROM_18_TO_24,
    FROM_25_TO_34,
    FROM_35_TO_44,
    FROM_45_TO_54,
    FROM_55_TO_64,
    FROM_65;

    /** Whether this band lies within {@code from}..{@code to}, both inclusive. */
    public boolean within(AgeBand from, AgeBand to) {
        return ordinal() >= from.ordinal() && ordinal() <= to.ordinal();
    }
}
